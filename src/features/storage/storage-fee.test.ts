import { overlapDays, parseAreaCenti, storageFeeFen } from './storage-fee';
import { loadConfig } from '../../config';

describe('storage fees', () => {
  it('counts the occupied days inside the period, inclusive', () => {
    expect(overlapDays('2026-08-20', '2026-09-10', '2026-09-01', '2026-09-30')).toBe(10);
    expect(overlapDays('2026-09-05', null, '2026-09-01', '2026-09-30')).toBe(26);
    expect(overlapDays('2026-10-01', null, '2026-09-01', '2026-09-30')).toBe(0);
    expect(overlapDays('2026-08-01', '2026-08-31', '2026-09-01', '2026-09-30')).toBe(0);
    expect(overlapDays('2026-02-01', null, '2026-02-01', '2026-02-28')).toBe(28);
  });

  it('counts a leap February, a period across a year end, and a single day', () => {
    expect(overlapDays('2028-02-01', null, '2028-02-01', '2028-02-29')).toBe(29);
    expect(overlapDays('2026-12-30', '2027-01-02', '2026-12-01', '2027-01-31')).toBe(4);
    expect(overlapDays('2026-09-15', '2026-09-15', '2026-09-01', '2026-09-30')).toBe(1);
    expect(overlapDays('2026-09-30', null, '2026-09-30', '2026-09-30')).toBe(1);
    expect(overlapDays('2026-09-10', '2026-09-09', '2026-09-01', '2026-09-30')).toBe(0);
  });

  it('is area x rate x days in integers with one half-up rounding', () => {
    expect(storageFeeFen(1235, 155, 10)).toBe(19143); // 12.35 m² x 1.55 x 10 = 191.425
    expect(storageFeeFen(1, 100, 1)).toBe(1);
    expect(storageFeeFen(1, 49, 1)).toBe(0);
    expect(storageFeeFen(1, 50, 1)).toBe(1);
  });

  it('reads the area exactly in hundredths of m²', () => {
    expect(parseAreaCenti(12.35)).toBe(1235);
    expect(parseAreaCenti(0.1 + 0.2)).toBeNull(); // 0.30000000000000004 is not a two-decimal area
    expect(parseAreaCenti(0)).toBeNull();
    expect(parseAreaCenti(1.234)).toBeNull();
  });

  it('takes the company default storage rate from DEFAULT_STORAGE_RATE', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).defaultStorageRate).toBe(100);
    expect(loadConfig({ NODE_ENV: 'test', DEFAULT_STORAGE_RATE: '1.55' }).defaultStorageRate).toBe(155);
    expect(() => loadConfig({ NODE_ENV: 'test', DEFAULT_STORAGE_RATE: '1.555' })).toThrow(/DEFAULT_STORAGE_RATE/);
  });
});
