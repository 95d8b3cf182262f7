import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError, ForbiddenError } from '../../errors';
import { Fen, formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { Role } from '../../domain/roles';
import { ApprovalKind, ApprovalStatus } from './approval-enums';
import { Customer } from '../customers';
import { ApprovalPolicy, DEFAULT_POLICY } from './approval-policy.entity';
import { ApprovalRequest } from './approval-request.entity';
import { arrearsReason, deductionReason, rateCutReason } from './approval-limits';

export async function currentPolicy(m: EntityManager): Promise<ApprovalPolicy> {
  return (
    (await m.findOne(ApprovalPolicy, { where: { id: 1 } })) ?? m.create(ApprovalPolicy, { id: 1, ...DEFAULT_POLICY })
  );
}

/**
 * Why only a DIRECTOR may approve `request` under `policy`, or null when a MANAGER may. Judged on
 * the state when the decision is made, inside the deciding transaction with the customer's row
 * locked (so decisions about one customer take turns and each sees the one before):
 * - a rate cut against the rate in force now (a stale request is decided on the current rate);
 * - arrears on the customer's total of approved, unexpired arrears including this one;
 * - a deduction on the customer's total of approved deductions in the open statement period
 *   (all not yet on a confirmed statement) including this one.
 */
export async function directorOnlyReason(
  m: EntityManager,
  policy: ApprovalPolicy,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
): Promise<string | null> {
  if (request.kind === ApprovalKind.RATE_CHANGE && request.newRate !== null) {
    // A customer's first rate cuts nothing: there is no rate in force to cut.
    return rateCutReason(policy, customer.freightRate, request.newRate);
  }
  if (request.kind === ApprovalKind.ARREARS) {
    return arrearsReason(policy, (await unexpiredApprovedArrears(m, customer.id, today)) + (request.amount ?? 0));
  }
  if (request.kind === ApprovalKind.DEDUCTION) {
    return deductionReason(policy, (await openPeriodDeductions(m, customer.id)) + (request.amount ?? 0));
  }
  return null;
}

/** Approved arrears of a customer whose promised date has not passed, signed or not. */
async function unexpiredApprovedArrears(m: EntityManager, customerId: number, today: string): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(
    'SELECT SUM(amount) AS s FROM arrears_consent WHERE customerId = ? AND promisedDate >= ?',
    [customerId, today],
  );
  return Number(rows[0]?.s ?? 0);
}

/**
 * Approved deductions of a customer not yet on a confirmed statement: the open period's. Those on
 * an issued statement count too, since voiding it would carry them onto the next one.
 */
async function openPeriodDeductions(m: EntityManager, customerId: number): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(
    `SELECT SUM(r.amount) AS s FROM approval_request r
      WHERE r.customerId = ? AND r.kind = ? AND r.status = ?
        AND NOT EXISTS (SELECT 1 FROM statement_line l INNER JOIN statement st ON st.id = l.statementId
                         WHERE l.liveDeductionId = r.id AND st.status = ?)`,
    [customerId, ApprovalKind.DEDUCTION, ApprovalStatus.APPROVED, 'CONFIRMED'],
  );
  return Number(rows[0]?.s ?? 0);
}

export async function assertMayDecide(
  m: EntityManager,
  actor: Actor,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
): Promise<void> {
  if (hasRole(actor, Role.DIRECTOR)) return;
  const reason = await directorOnlyReason(m, await currentPolicy(m), request, customer, today);
  if (reason) throw new ForbiddenError(reason);
}

export class ApprovalPolicyService {
  constructor(private readonly db: DataSource) {}

  get(): Promise<ApprovalPolicy> {
    return currentPolicy(this.db.manager);
  }

  async set(actor: Actor, percent: number, arrears: Fen, deduction: Fen): Promise<ApprovalPolicy> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
      throw new BadUserInputError('The percentage must be a whole number from 0 to 100.', 'maxManagerRateCutPercent');
    return inTransaction(this.db, async (m) => {
      const row = {
        id: 1,
        maxManagerRateCutPercent: percent,
        maxManagerArrearsAmount: arrears,
        maxManagerDeductionAmount: deduction,
      };
      await m.upsert(ApprovalPolicy, row, ['id']);
      await recordAudit(m, actor.id, {
        action: 'approval_policy.set',
        entityType: 'ApprovalPolicy',
        entityId: 1,
        summary: `Approval policy: MANAGER may approve rate cuts up to ${percent}%, arrears up to ${formatMoney(arrears)}, deductions up to ${formatMoney(deduction)}`,
      });
      return m.create(ApprovalPolicy, row);
    });
  }
}
