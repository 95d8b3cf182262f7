import { BadUserInputError } from '../../errors';
import { LocalDate } from '../../graphql/local-date';
import { WHOLE_YEAR } from './budget.entity';

/** The description of the year and month arguments, so the documented range is the checked one. */
export const PERIOD_TEXT = {
  year: 'A calendar year from 2000 to next year (company time zone).',
  month: 'A month of that year, 1 to 12; omit it for the whole year.',
} as const;

/** A budget period: a year, or one month of it (month 0 = the whole year, as stored). */
export interface BudgetPeriod {
  year: number;
  month: number;
  first: LocalDate;
  last: LocalDate;
}

/**
 * Checks `year` and `month` (BAD_USER_INPUT naming the argument) and gives the period's first and
 * last day. Years run from 2000 (nothing the company records is older) to next year in the
 * company's calendar (a budget may be planned ahead, a report of 2099 is a typo).
 */
export function budgetPeriod(year: number, month: number | null | undefined, today: LocalDate): BudgetPeriod {
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > thisYear + 1)
    throw new BadUserInputError(`year must be from 2000 to ${thisYear + 1} (got ${year}).`, 'year');
  if (month === null || month === undefined)
    return { year, month: WHOLE_YEAR, first: `${year}-01-01`, last: `${year}-12-31` };
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new BadUserInputError(`month must be from 1 to 12, or omitted for the whole year (got ${month}).`, 'month');
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { year, month, first: `${year}-${mm}-01`, last };
}

/** The month and year periods a day counts in. */
export function periodsOf(day: LocalDate): { month: BudgetPeriod; year: BudgetPeriod } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return {
    month: { year, month, first: `${day.slice(0, 7)}-01`, last },
    year: { year, month: WHOLE_YEAR, first: `${year}-01-01`, last: `${year}-12-31` },
  };
}

export function describePeriod(p: { year: number; month: number }): string {
  return p.month === WHOLE_YEAR ? `${p.year}` : `${p.year}-${String(p.month).padStart(2, '0')}`;
}
