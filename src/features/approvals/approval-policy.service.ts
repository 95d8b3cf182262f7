import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError, ForbiddenError } from '../../errors';
import { Fen, formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../staff/role';
import { ApprovalKind } from './approval-enums';
import { ApprovalPolicy, DEFAULT_POLICY } from './approval-policy.entity';
import { ApprovalRequest } from './approval-request.entity';

export async function currentPolicy(m: EntityManager): Promise<ApprovalPolicy> {
  return (await m.findOne(ApprovalPolicy, { where: { id: 1 } })) ?? m.create(ApprovalPolicy, { id: 1, ...DEFAULT_POLICY });
}

/** Why only a DIRECTOR may approve `request` under `policy`, or null when a MANAGER may. */
export function directorOnlyReason(policy: ApprovalPolicy, request: ApprovalRequest): string | null {
  if (request.kind === ApprovalKind.RATE_CHANGE && request.oldRate && request.newRate !== null && request.newRate < request.oldRate) {
    const cut = request.oldRate - request.newRate;
    if (cut * 100 > policy.maxManagerRateCutPercent * request.oldRate) {
      return `A rate cut of more than ${policy.maxManagerRateCutPercent}% (from ${formatMoney(request.oldRate)} to ${formatMoney(request.newRate)}) needs a DIRECTOR.`;
    }
  }
  if (request.kind === ApprovalKind.ARREARS && (request.amount ?? 0) > policy.maxManagerArrearsAmount) {
    return `Arrears above ${formatMoney(policy.maxManagerArrearsAmount)} need a DIRECTOR.`;
  }
  if (request.kind === ApprovalKind.DEDUCTION && (request.amount ?? 0) > policy.maxManagerDeductionAmount) {
    return `A deduction above ${formatMoney(policy.maxManagerDeductionAmount)} needs a DIRECTOR.`;
  }
  return null;
}

export function assertMayDecide(actor: Actor, policy: ApprovalPolicy, request: ApprovalRequest): void {
  if (hasRole(actor, Role.DIRECTOR)) return;
  const reason = directorOnlyReason(policy, request);
  if (reason) throw new ForbiddenError(reason);
}

export class ApprovalPolicyService {
  constructor(private readonly db: DataSource) {}

  get(): Promise<ApprovalPolicy> {
    return currentPolicy(this.db.manager);
  }

  async set(actor: Actor, percent: number, arrears: Fen, deduction: Fen): Promise<ApprovalPolicy> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new BadUserInputError('The percentage must be a whole number from 0 to 100.', 'maxManagerRateCutPercent');
    return inTransaction(this.db, async (m) => {
      const row = { id: 1, maxManagerRateCutPercent: percent, maxManagerArrearsAmount: arrears, maxManagerDeductionAmount: deduction };
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
