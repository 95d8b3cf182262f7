import { EntityManager } from 'typeorm';
import { forUpdate } from '../../db/locking';
import { recordAudit } from '../audit/audit.service';
import { Customer } from '../customers/customer.entity';
import { OperationNotice, OperationNoticeKind } from '../operation-notices/operation-notice.entity';
import { NoticeStatus } from '../signoffs/signoff-form.entity';
import { ApprovalKind, ApprovalStatus } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';

/**
 * A settlement change takes effect only when both its approval and a COMPLETED SETTLEMENT_CHANGE
 * operation notice exist: whichever comes last calls this with the customer row it locked, and
 * each notice applies one request.
 */
export async function applySettlementChange(m: EntityManager, actorId: number, request: ApprovalRequest, notice: OperationNotice, customer: Customer): Promise<void> {
  await m.createQueryBuilder().update(Customer).set({ settlementMethod: request.method! }).where('id = :id', { id: customer.id }).execute();
  await m.createQueryBuilder().update(ApprovalRequest).set({ appliedAt: new Date() }).where('id = :id AND appliedAt IS NULL', { id: request.id }).execute();
  await m.createQueryBuilder().update(OperationNotice).set({ appliedRequestId: request.id }).where('id = :id AND appliedRequestId IS NULL', { id: notice.id }).execute();
  await recordAudit(m, actorId, {
    action: 'customer.settlement_changed',
    entityType: 'Customer',
    entityId: customer.id,
    summary: `Settlement of ${customer.name} changed ${customer.settlementMethod} -> ${request.method} (request ${request.id}, operation notice ${notice.id})`,
  });
}

/** The completed, unused SETTLEMENT_CHANGE notice of a customer, if any (locking read). */
export function unusedCompletedNotice(m: EntityManager, customerId: number): Promise<OperationNotice | null> {
  const qb = m
    .getRepository(OperationNotice)
    .createQueryBuilder('n')
    .innerJoin('signoff_form', 'f', 'f.id = n.formId')
    .where('n.customerId = :customerId AND n.kind = :kind AND n.appliedRequestId IS NULL AND f.status = :completed', {
      customerId,
      kind: OperationNoticeKind.SETTLEMENT_CHANGE,
      completed: NoticeStatus.COMPLETED,
    })
    .orderBy('n.id', 'ASC');
  return forUpdate(m, qb).getOne();
}

/** The approved, not yet applied settlement change request of a customer, if any (locking read). */
export function unappliedApprovedRequest(m: EntityManager, customerId: number): Promise<ApprovalRequest | null> {
  const qb = m
    .getRepository(ApprovalRequest)
    .createQueryBuilder('r')
    .where('r.customerId = :customerId AND r.kind = :kind AND r.status = :approved AND r.appliedAt IS NULL', {
      customerId,
      kind: ApprovalKind.SETTLEMENT_CHANGE,
      approved: ApprovalStatus.APPROVED,
    })
    .orderBy('r.decidedAt', 'DESC')
    .addOrderBy('r.id', 'DESC');
  return forUpdate(m, qb).getOne();
}
