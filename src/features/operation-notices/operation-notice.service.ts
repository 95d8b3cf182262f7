import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import {
  ownCustomersOnly,
  assertCanActFor,
  CustomerStatus,
  Customer,
  activateCustomer,
  loadCustomer,
} from '../customers';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { recordAudit } from '../audit';
import { ApprovalKind, ApprovalStatus, ApprovalRequest } from '../approvals';
import { applySettlementChange, approvedRequestFor } from './settlement-change';
import { NoticeStatus, createSignoffForm, signForm, Signature, SignoffFormKind } from '../signoffs';
import { Department } from '../../domain/roles';
import { OperationNotice, OperationNoticeKind } from './operation-notice.entity';
import { SIGNERS } from '../../domain/role-sets';
import { insertAndLoad } from '../../db/insert';

/** 新(重)进客户操作通知单: filled by the handler (owner or leader), signed by the named departments' heads. */
export class OperationNoticeService {
  constructor(private readonly db: DataSource) {}

  create(
    actor: Actor,
    customerId: string,
    kind: OperationNoticeKind,
    departments: Department[],
    requestId: string | null = null,
  ): Promise<OperationNotice> {
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId);
      assertCanActFor(actor, customer);
      assertNoticeFitsCustomer(kind, customer);
      const request = await requestServed(m, kind, customer, requestId);
      const formId = await createSignoffForm(m, POLICY_KIND[kind], departments, {
        label: `${kind} operation notice for ${customer.name}`,
        filerId: actor.id,
        customerId: customer.id,
        approvalRequestId: request?.id ?? null,
        actorId: actor.id,
      });
      let notice: OperationNotice;
      try {
        notice = await insertAndLoad(m, OperationNotice, {
          kind,
          customerId: customer.id,
          handlerId: actor.id,
          formId,
          requestId: request?.id ?? null,
          method: request?.method ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError('An operation notice was already filed for this request.');
        throw error;
      }
      const signers = (await m.find(Signature, { where: { formId } })).map((s) => s.department).sort();
      await recordAudit(m, actor.id, {
        action: 'operation_notice.created',
        entityType: 'OperationNotice',
        entityId: notice.id,
        summary: `${kind} operation notice for ${customer.name}${request ? ` (request ${request.id}, to ${request.method})` : ''}, to be signed by ${signers.join(', ')}`,
      });
      return notice;
    });
  }

  async sign(actor: Actor, id: string, department: Department): Promise<OperationNotice> {
    const noticeId = parseIdArg(id, 'id');
    await inTransaction(this.db, async (m) => {
      const notice = await lockedById(m, OperationNotice, noticeId);
      if (!notice) throw new NotFoundError('Operation notice', id);
      const { completed } = await signForm(
        m,
        actor,
        notice.formId,
        department,
        { entityType: 'OperationNotice', entityId: noticeId, label: `operation notice ${noticeId}` },
        {
          label: `${notice.kind} operation notice ${noticeId}`,
          filerId: notice.handlerId,
          customerId: notice.customerId,
          approvalRequestId: notice.requestId,
          actorId: actor.id,
        },
      );
      if (!completed) return;
      const customer = await loadCustomer(m, notice.customerId, { lock: true });
      if (notice.kind === OperationNoticeKind.SETTLEMENT_CHANGE) {
        const request = await approvedRequestFor(m, notice);
        if (request) await applySettlementChange(m, actor.id, request, notice, customer);
      } else if (customer.status !== CustomerStatus.ACTIVE) {
        // (Another notice may have activated the customer meanwhile: then there is nothing to do.)
        await activateCustomer(
          m,
          customer.id,
          actor.id,
          `${notice.kind} operation notice ${notice.id} signed by every department`,
        );
      }
    });
    return this.db.getRepository(OperationNotice).findOneByOrFail({ id: noticeId });
  }

  list(actor: Actor, status: NoticeStatus | null, customerId: string | null): Promise<OperationNotice[]> {
    const qb = this.db
      .getRepository(OperationNotice)
      .createQueryBuilder('n')
      .innerJoin('signoff_form', 'f', 'f.id = n.formId')
      .orderBy('n.id', 'DESC')
      .limit(500);
    if (status) qb.andWhere('f.status = :status', { status });
    if (customerId != null) qb.andWhere('n.customerId = :cid', { cid: parseIdArg(customerId, 'customerId') });
    // Salespeople see notices of their own customers; leaders, the assistant and signing heads see all.
    ownCustomersOnly(actor, qb, 'n.customerId', SIGNERS);
    return qb.getMany();
  }
}

/** Which customers each kind of notice is for: a new customer is not yet ACTIVE, a returning one is LOST. */
const STATUSES_FOR_KIND: Record<OperationNoticeKind, readonly CustomerStatus[] | null> = {
  [OperationNoticeKind.NEW_CUSTOMER]: [CustomerStatus.PROSPECT, CustomerStatus.INTENT],
  [OperationNoticeKind.RETURNING_CUSTOMER]: [CustomerStatus.LOST],
  [OperationNoticeKind.SETTLEMENT_CHANGE]: null,
};

function assertNoticeFitsCustomer(kind: OperationNoticeKind, customer: Customer): void {
  const allowed = STATUSES_FOR_KIND[kind];
  if (allowed && !allowed.includes(customer.status)) {
    throw new BadUserInputError(
      `A ${kind} notice is for a customer that is ${allowed.join(' or ')}; ${customer.name} is ${customer.status}.`,
      'kind',
    );
  }
}

const POLICY_KIND: Record<OperationNoticeKind, SignoffFormKind> = {
  [OperationNoticeKind.NEW_CUSTOMER]: SignoffFormKind.OPERATION_NOTICE_NEW_CUSTOMER,
  [OperationNoticeKind.RETURNING_CUSTOMER]: SignoffFormKind.OPERATION_NOTICE_RETURNING_CUSTOMER,
  [OperationNoticeKind.SETTLEMENT_CHANGE]: SignoffFormKind.OPERATION_NOTICE_SETTLEMENT_CHANGE,
};

/**
 * A SETTLEMENT_CHANGE notice serves one settlement change request of the same customer that is
 * still open (pending, or approved and not applied); it is filed after that request by
 * construction. Other kinds serve no request.
 */
async function requestServed(
  m: EntityManager,
  kind: OperationNoticeKind,
  customer: Customer,
  requestId: string | null,
): Promise<ApprovalRequest | null> {
  if (kind !== OperationNoticeKind.SETTLEMENT_CHANGE) {
    if (requestId !== null)
      throw new BadUserInputError(`A ${kind} notice serves no request; leave requestId out.`, 'requestId');
    return null;
  }
  if (requestId === null)
    throw new BadUserInputError(
      'A SETTLEMENT_CHANGE notice is filed for a settlement change request: give its requestId.',
      'requestId',
    );
  const request = await lockedById(m, ApprovalRequest, parseIdArg(requestId, 'requestId'));
  if (!request || request.kind !== ApprovalKind.SETTLEMENT_CHANGE || request.customerId !== customer.id) {
    throw new BadUserInputError(`requestId must be a settlement change request of ${customer.name}.`, 'requestId');
  }
  if (request.status === ApprovalStatus.REJECTED)
    throw new ConflictError('This settlement change request was rejected: file a new request first.');
  if (request.appliedAt) throw new ConflictError('This settlement change was already applied.');
  return request;
}
