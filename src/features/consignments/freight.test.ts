import { roundHalfUpBig } from '../../graphql/money';
import { freightFen, parseWeightKg } from './freight';

describe('freight', () => {
  it('is grams x fen-per-tonne / 1 000 000, rounded half up once', () => {
    expect(freightFen(1000_000, 32000)).toBe(32000); // 1000 kg at 320.00/t = 320.00
    expect(freightFen(1500, 33333)).toBe(50); // 0.499995 yuan -> 0.50
    expect(freightFen(1, 49_999)).toBe(0); // 0.049999 fen
    expect(freightFen(1, 500_000)).toBe(1); // exactly half a fen rounds up
    expect(freightFen(999_999_999_999, 99_999_999)).toBe(
      Number(roundHalfUpBig(999_999_999_999n * 99_999_999n, 1_000_000n)),
    );
  });

  it('reads kg exactly, refusing more than three decimals or nothing', () => {
    expect(parseWeightKg(1234.567)).toBe(1_234_567);
    expect(parseWeightKg(0.001)).toBe(1);
    expect(() => parseWeightKg(1.0005)).toThrow(/three decimals/);
    expect(() => parseWeightKg(0)).toThrow(/more than zero/);
    expect(() => parseWeightKg(-1)).toThrow();
  });
});
