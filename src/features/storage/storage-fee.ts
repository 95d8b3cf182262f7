import { Fen } from '../../graphql/money';
import { roundHalfUpBig } from '../../graphql/money';
import { daysBetween } from '../../time';

/** Days of [from, to] (to null = open) that fall inside [periodStart, periodEnd], inclusive. */
export function overlapDays(from: string, to: string | null, periodStart: string, periodEnd: string): number {
  const start = from > periodStart ? from : periodStart;
  const end = to === null || to > periodEnd ? periodEnd : to;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/** Storage fee of one line: area (hundredths of m²) x rate (fen per m² per day) x days / 100, rounded half-up once. */
export function storageFeeFen(areaCenti: number, rateFen: Fen, days: number): Fen {
  return Number(roundHalfUpBig(BigInt(areaCenti) * BigInt(rateFen) * BigInt(days), 100n));
}

/** 12.5 -> 1250 hundredths of m², exactly; more than two decimals or not positive is refused (null). */
export function parseAreaCenti(area: number): number | null {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(String(area));
  if (!match) return null;
  const centi = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return centi > 0 ? centi : null;
}
