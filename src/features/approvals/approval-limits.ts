import { Fen, formatMoney } from '../../graphql/money';

/** The three limits of the DIRECTOR's approval policy (ApprovalPolicy) a MANAGER decides within. */
export interface ManagerLimits {
  maxManagerRateCutPercent: number;
  maxManagerArrearsAmount: Fen;
  maxManagerDeductionAmount: Fen;
}

/**
 * The policy's rules, without the database (directorOnlyReason gathers the totals): each gives why
 * only a DIRECTOR may approve, or null when a MANAGER may. A limit is "up to": exactly at it a
 * MANAGER may still approve.
 */

/**
 * A cut of more than the limit's percentage of the rate in force now; a first rate (none in force) or a raise cuts
 * nothing.
 */
export function rateCutReason(limits: ManagerLimits, current: Fen | null, newRate: Fen): string | null {
  if (current === null || current <= 0) return null;
  const cut = current - newRate;
  if (cut <= 0 || cut * 100 <= limits.maxManagerRateCutPercent * current) return null;
  return `A rate cut of more than ${limits.maxManagerRateCutPercent}% of the rate in force now (from ${formatMoney(current)} to ${formatMoney(newRate)}) needs a DIRECTOR.`;
}

/** The customer's approved, unexpired arrears with this request included, above the limit. */
export function arrearsReason(limits: ManagerLimits, totalWithThis: Fen): string | null {
  if (totalWithThis <= limits.maxManagerArrearsAmount) return null;
  return `Arrears above ${formatMoney(limits.maxManagerArrearsAmount)} need a DIRECTOR: with this one the customer's approved, unexpired arrears would total ${formatMoney(totalWithThis)}.`;
}

/** The customer's approved deductions of the open period with this request included, above the limit. */
export function deductionReason(limits: ManagerLimits, totalWithThis: Fen): string | null {
  if (totalWithThis <= limits.maxManagerDeductionAmount) return null;
  return `Deductions above ${formatMoney(limits.maxManagerDeductionAmount)} in one statement period need a DIRECTOR: with this one the customer's would total ${formatMoney(totalWithThis)}.`;
}
