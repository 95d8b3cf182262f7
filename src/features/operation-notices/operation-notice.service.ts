import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole, isLeader } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { recordAudit } from '../audit/audit.service';
import { applySettlementChange, unappliedApprovedRequest } from '../approvals/settlement-change';
import { assertCanActFor } from '../customers/customer-access';
import { CustomerStatus } from '../customers/customer-enums';
import { Customer } from '../customers/customer.entity';
import { loadCustomer } from '../receivables/customer-ref';
import { NoticeStatus } from '../signoffs/signoff-form.entity';
import { createSignoffForm, signForm } from '../signoffs/signoff.service';
import { Department, Role } from '../staff/role';
import { OperationNotice, OperationNoticeKind } from './operation-notice.entity';

/** 新(重)进客户操作通知单: filled by the handler (owner or leader), signed by the named departments' heads. */
export class OperationNoticeService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, customerId: string, kind: OperationNoticeKind, departments: Department[]): Promise<OperationNotice> {
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId);
      assertCanActFor(actor, customer);
      const formId = await createSignoffForm(m, 'OPERATION_NOTICE', departments);
      const notice = await m.save(m.create(OperationNotice, { kind, customerId: customer.id, handlerId: actor.id, formId }));
      await recordAudit(m, actor.id, {
        action: 'operation_notice.created',
        entityType: 'OperationNotice',
        entityId: notice.id,
        summary: `${kind} operation notice for ${customer.name}, to be signed by ${[...new Set(departments)].sort().join(', ')}`,
      });
      return notice;
    });
  }

  async sign(actor: Actor, id: string, department: Department): Promise<OperationNotice> {
    const noticeId = parseId(id, 'Operation notice');
    await inTransaction(this.db, async (m) => {
      const notice = await lockedById(m, OperationNotice, noticeId);
      if (!notice) throw new NotFoundError('Operation notice', id);
      const { completed } = await signForm(m, actor, notice.formId, department, { entityType: 'OperationNotice', entityId: noticeId, label: `operation notice ${noticeId}` });
      if (!completed) return;
      if (notice.kind === OperationNoticeKind.SETTLEMENT_CHANGE) {
        await loadCustomer(m, notice.customerId, true);
        const request = await unappliedApprovedRequest(m, notice.customerId);
        if (request) await applySettlementChange(m, actor.id, request, notice);
      } else {
        await activateCustomerOnCompletedNotice(m, notice, actor.id);
      }
    });
    return this.db.getRepository(OperationNotice).findOneByOrFail({ id: noticeId });
  }

  list(actor: Actor, status: NoticeStatus | null, customerId: string | null): Promise<OperationNotice[]> {
    const qb = this.db.getRepository(OperationNotice).createQueryBuilder('n').innerJoin('signoff_form', 'f', 'f.id = n.formId').orderBy('n.id', 'DESC').limit(500);
    if (status) qb.andWhere('f.status = :status', { status });
    if (customerId) qb.andWhere('n.customerId = :cid', { cid: parseId(customerId, 'Customer') });
    // Salespeople see notices of their own customers; leaders, the assistant and signing heads see all.
    if (!isLeader(actor) && !hasRole(actor, Role.ASSISTANT_MANAGER, Role.DEPARTMENT_HEAD, Role.DISPATCHER, Role.COLLECTOR)) {
      qb.andWhere('n.customerId IN (SELECT oc.id FROM customer oc WHERE oc.ownerId = :me)', { me: actor.id });
    }
    return qb.getMany();
  }
}

/**
 * A completed NEW_CUSTOMER / RETURNING_CUSTOMER notice makes the customer ACTIVE (PROSPECT, INTENT
 * or LOST -> ACTIVE), audited. To be replaced at merge by customers' shared activateCustomer().
 */
async function activateCustomerOnCompletedNotice(m: EntityManager, notice: OperationNotice, actorId: number): Promise<void> {
  const done = await m
    .createQueryBuilder()
    .update(Customer)
    .set({ status: CustomerStatus.ACTIVE })
    .where('id = :id AND status IN (:...from)', { id: notice.customerId, from: [CustomerStatus.PROSPECT, CustomerStatus.INTENT, CustomerStatus.LOST] })
    .execute();
  if (!done.affected) return;
  await recordAudit(m, actorId, {
    action: 'customer.activated',
    entityType: 'Customer',
    entityId: notice.customerId,
    summary: `Customer became ACTIVE: ${notice.kind} operation notice ${notice.id} is signed by every department`,
  });
}
