import { roundHalfUpBig } from '../../graphql/money';
import { freightFen, parseWeightKg } from './freight';
import { overlapDays, parseAreaCenti, storageFeeFen } from '../storage';
import { loadConfig } from '../../config';

describe('freight', () => {
  it('is grams x fen-per-tonne / 1 000 000, rounded half up once', () => {
    expect(freightFen(1000_000, 32000)).toBe(32000); // 1000 kg at 320.00/t = 320.00
    expect(freightFen(1500, 33333)).toBe(50); // 0.499995 yuan -> 0.50
    expect(freightFen(1, 49_999)).toBe(0); // 0.049999 fen
    expect(freightFen(1, 500_000)).toBe(1); // exactly half a fen rounds up
    expect(freightFen(999_999_999_999, 99_999_999)).toBe(Number(roundHalfUpBig(999_999_999_999n * 99_999_999n, 1_000_000n)));
  });

  it('reads kg exactly, refusing more than three decimals or nothing', () => {
    expect(parseWeightKg(1234.567)).toBe(1_234_567);
    expect(parseWeightKg(0.001)).toBe(1);
    expect(() => parseWeightKg(1.0005)).toThrow(/three decimals/);
    expect(() => parseWeightKg(0)).toThrow(/more than zero/);
    expect(() => parseWeightKg(-1)).toThrow();
  });
});

describe('storage fees', () => {
  it('counts the occupied days inside the period, inclusive', () => {
    expect(overlapDays('2026-08-20', '2026-09-10', '2026-09-01', '2026-09-30')).toBe(10);
    expect(overlapDays('2026-09-05', null, '2026-09-01', '2026-09-30')).toBe(26);
    expect(overlapDays('2026-10-01', null, '2026-09-01', '2026-09-30')).toBe(0);
    expect(overlapDays('2026-08-01', '2026-08-31', '2026-09-01', '2026-09-30')).toBe(0);
    expect(overlapDays('2026-02-01', null, '2026-02-01', '2026-02-28')).toBe(28);
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
