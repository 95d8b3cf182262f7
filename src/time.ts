/**
 * The company's calendar: "today", month boundaries and day arithmetic on LocalDate strings.
 * Dates are plain "YYYY-MM-DD" strings; arithmetic goes through UTC midnight so it never
 * depends on the server's own time zone.
 */
import { LocalDate } from './graphql/local-date';
import { BadUserInputError } from './errors';

/**
 * One formatter per (kind, time zone), built once: constructing an Intl.DateTimeFormat costs
 * ~120 µs, and "today" or a day's start is asked for per row in lists and reports.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'dateTime', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? // en-CA formats as YYYY-MM-DD.
          new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
          });
    formatters.set(key, f);
  }
  return f;
}

export function localDateIn(timeZone: string, instant: Date): LocalDate {
  return formatter('date', timeZone).format(instant);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The month before `date`'s month (YYYY-MM-DD), as YYYY-MM. */
export function previousMonth(date: LocalDate): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** The latest month a month argument may name: twelve months after the current one. */
export function latestMonth(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 12, 1)).toISOString().slice(0, 7);
}

/**
 * "2026-10" -> first and last day of that month. Only months from 2000-01 to twelve months ahead
 * exist for the company (a month like "0000-01" or "2099-01" is BAD_USER_INPUT on `field`).
 */
export function monthRange(month: string, field = 'month'): { first: LocalDate; last: LocalDate } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) {
    throw new BadUserInputError('A month must look like "2026-10".', field);
  }
  const latest = latestMonth();
  if (month < '2000-01' || month > latest) {
    throw new BadUserInputError(`${field} must be a month from 2000-01 to ${latest} (got ${month}).`, field);
  }
  const y = Number(match[1]);
  const first = `${match[1]}-${match[2]}-01`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** The instant at which a company-local day starts (for comparing timestamps with dates). */
export function startOfLocalDay(timeZone: string, date: LocalDate): Date {
  // Find the offset of the zone at that date by formatting a UTC guess back.
  const guess = new Date(`${date}T00:00:00Z`);
  const parts = formatter('dateTime', timeZone).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asLocal = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = asLocal - guess.getTime();
  return new Date(guess.getTime() - offset);
}
