import { EntityManager } from 'typeorm';
import { forUpdate, lockedById } from '../../db/locking';
import { must } from '../../errors';
import { recordAudit } from '../audit';
import { Customer } from '../customers';
import { ApprovalHooks, ApprovalKind, ApprovalRequest, ApprovalStatus } from '../approvals';
import { OperationNotice, OperationNoticeKind } from './operation-notice.entity';
import { NoticeStatus } from '../signoffs';

/**
 * A settlement change takes effect only when both its approval and the COMPLETED SETTLEMENT_CHANGE
 * operation notice filed for that request (naming its method) exist: whichever comes last calls
 * this with the customer row it locked, and each notice applies its one request.
 */
export async function applySettlementChange(
  m: EntityManager,
  actorId: number,
  request: ApprovalRequest,
  notice: OperationNotice,
  customer: Customer,
): Promise<void> {
  await m
    .createQueryBuilder()
    .update(Customer)
    .set({ settlementMethod: must(request.method, `method of settlement change request ${request.id}`) })
    .where('id = :id', { id: customer.id })
    .execute();
  await m
    .createQueryBuilder()
    .update(ApprovalRequest)
    .set({ appliedAt: new Date() })
    .where('id = :id AND appliedAt IS NULL', { id: request.id })
    .execute();
  await m
    .createQueryBuilder()
    .update(OperationNotice)
    .set({ appliedRequestId: request.id })
    .where('id = :id AND appliedRequestId IS NULL', { id: notice.id })
    .execute();
  await recordAudit(m, actorId, {
    action: 'customer.settlement_changed',
    entityType: 'Customer',
    entityId: customer.id,
    summary: `Settlement of ${customer.name} changed ${customer.settlementMethod} -> ${request.method} (request ${request.id}, operation notice ${notice.id})`,
  });
}

/**
 * The completed notice filed for `request` and naming its method, not used yet (locking read).
 * A notice filed for another request, or completed before this request existed, never counts.
 */
export function completedNoticeFor(m: EntityManager, request: ApprovalRequest): Promise<OperationNotice | null> {
  const qb = m
    .getRepository(OperationNotice)
    .createQueryBuilder('n')
    .innerJoin('signoff_form', 'f', 'f.id = n.formId')
    .where(
      'n.requestId = :requestId AND n.kind = :kind AND n.method = :method AND n.appliedRequestId IS NULL AND f.status = :completed',
      {
        requestId: request.id,
        kind: OperationNoticeKind.SETTLEMENT_CHANGE,
        method: request.method,
        completed: NoticeStatus.COMPLETED,
      },
    );
  return forUpdate(m, qb).getOne();
}

/**
 * The request a completed notice was filed for, when it is approved, not yet applied and for the notice's method
 * (locking read).
 */
export async function approvedRequestFor(m: EntityManager, notice: OperationNotice): Promise<ApprovalRequest | null> {
  if (notice.requestId === null) return null;
  const request = await lockedById(m, ApprovalRequest, notice.requestId);
  if (
    !request ||
    request.kind !== ApprovalKind.SETTLEMENT_CHANGE ||
    request.status !== ApprovalStatus.APPROVED ||
    request.appliedAt
  )
    return null;
  return request.method === notice.method && request.customerId === notice.customerId ? request : null;
}

/**
 * What operation notices do when a leader approves a settlement change: apply it at once when its
 * completed notice is already there (otherwise the notice's last signature applies it). Approvals
 * sit below operation notices, so they learn of notices only through this hook, which the
 * composition root hands to the approval service (with the other features' hooks).
 */
export const approvalHooks: Pick<ApprovalHooks, 'settlementApproved'> = {
  async settlementApproved(m, actorId, request, customer) {
    const notice = await completedNoticeFor(m, request);
    if (notice) await applySettlementChange(m, actorId, request, notice, customer);
  },
};
