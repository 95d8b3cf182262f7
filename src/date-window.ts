/**
 * The windows of possible dates. A date argument outside its window is refused with
 * BAD_USER_INPUT naming the argument, before anything is written: records must be true, so money is
 * not received in the future, goods are not shipped in the future, a promise is not in the past,
 * and nothing happened before the company could have existed or absurdly far ahead.
 * "Today" is the company's day (src/time.ts); each argument's schema description says its window.
 */
import { BadUserInputError } from './errors';
import { LocalDate } from './graphql/local-date';
import { addDays, localDateIn } from './time';

/** Nothing the company records happened before this day. */
export const EARLIEST_DATE: LocalDate = '2000-01-01';
/** How far ahead a date may lie where a future date is allowed at all (a year and a day). */
export const DAYS_AHEAD = 366;

export interface DateWindow {
  earliest: LocalDate;
  latest: LocalDate;
}

/** The texts the schema descriptions use, so the documented window is the checked one. */
export const WINDOW_TEXT = {
  past: 'From 2000-01-01 to today (company time zone); a future date is BAD_USER_INPUT.',
  upcoming: 'From today (company time zone) to 366 days ahead; a past date is BAD_USER_INPUT.',
  any: 'From 2000-01-01 to 366 days after today (company time zone).',
  month: 'A month "YYYY-MM" from 2000-01 to twelve months after the current month.',
} as const;

export function companyToday(timeZone: string, now = new Date()): LocalDate {
  return localDateIn(timeZone, now);
}

export const windows = {
  /** Something that already happened: from EARLIEST_DATE to today. */
  past: (today: LocalDate): DateWindow => ({ earliest: EARLIEST_DATE, latest: today }),
  /** Something promised or planned: from today to DAYS_AHEAD ahead. */
  upcoming: (today: LocalDate): DateWindow => ({ earliest: today, latest: addDays(today, DAYS_AHEAD) }),
  /** A bound of a period or a filter: from EARLIEST_DATE to DAYS_AHEAD ahead. */
  any: (today: LocalDate): DateWindow => ({ earliest: EARLIEST_DATE, latest: addDays(today, DAYS_AHEAD) }),
};

/** Returns `value` when it lies inside `window` (inclusive); BAD_USER_INPUT on `field` otherwise. */
export function checkDate(value: LocalDate, field: string, window: DateWindow): LocalDate {
  if (value < window.earliest || value > window.latest) {
    throw new BadUserInputError(
      `${field} must be between ${window.earliest} and ${window.latest} (got ${value}).`,
      field,
    );
  }
  return value;
}

/** As checkDate, for an optional argument. */
export function checkOptionalDate(
  value: LocalDate | null | undefined,
  field: string,
  window: DateWindow,
): LocalDate | null {
  return value === null || value === undefined ? null : checkDate(value, field, window);
}

/** An instant inside [earliest, latest]; BAD_USER_INPUT on `field` otherwise. */
export function checkInstant(value: Date, field: string, earliest: Date, latest: Date): Date {
  if (Number.isNaN(value.getTime()) || value < earliest || value > latest) {
    throw new BadUserInputError(
      `${field} must be between ${earliest.toISOString()} and ${latest.toISOString()}.`,
      field,
    );
  }
  return value;
}
