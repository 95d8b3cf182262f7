import { EntityManager } from 'typeorm';
import { ConflictError, must } from '../../errors';
import { formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { Consignment, freightFen, CustomerRate, INITIAL_RATE_DATE } from '../consignments';
import { Customer } from '../customers';
import { createSignoffForm, SignoffFormKind, withRequiredDepartments } from '../signoffs';
import { Department } from '../../domain/roles';
import { ApprovalKind } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';
import { ArrearsConsent } from './arrears-consent.entity';
import { applyTermsChange } from './customer-terms';

const departmentsOf = (r: ApprovalRequest) => (r.departmentList ?? '').split(',').filter(Boolean) as Department[];

/**
 * The effect of an approval, in the deciding transaction. The caller has locked `customer`'s row
 * (loadCustomer with lock), so statements, payments and rate changes of one customer take turns.
 */
/** What higher features do when a request is approved; the composition root provides it. */
export interface ApprovalHooks {
  /** A settlement change was approved: it applies only once its operation notice is complete. */
  settlementApproved(m: EntityManager, actorId: number, request: ApprovalRequest, customer: Customer): Promise<void>;
  /**
   * An expense claim is about to be approved (by anyone): lock what its budget check reads, so
   * decisions against one budget take turns, and say why only a DIRECTOR may approve it (beyond
   * the spender's remaining budget or the per-claim limit), or null when a MANAGER may.
   */
  expenseDirectorOnlyReason(m: EntityManager, request: ApprovalRequest): Promise<string | null>;
}

export async function applyApproval(
  m: EntityManager,
  hooks: ApprovalHooks,
  actorId: number,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
): Promise<void> {
  switch (request.kind) {
    case ApprovalKind.RATE_CHANGE:
      return applyRateChange(m, actorId, request, customer, today);
    case ApprovalKind.FREE_SHIPMENT:
      return applyFreeShipment(m, actorId, request);
    case ApprovalKind.SETTLEMENT_CHANGE:
      return hooks.settlementApproved(m, actorId, request, customer);
    case ApprovalKind.ARREARS: {
      const formId = await createFormFor(m, actorId, request, customer, SignoffFormKind.ARREARS_CONSENT);
      await m.insert(ArrearsConsent, {
        requestId: request.id,
        customerId: customer.id,
        amount: must(request.amount, `amount of arrears request ${request.id}`),
        promisedDate: must(request.promisedDate, `promised date of arrears request ${request.id}`),
        handlerId: request.requesterId,
        formId,
      });
      return;
    }
    case ApprovalKind.SPECIAL_OPERATION: {
      const formId = await createFormFor(m, actorId, request, customer, SignoffFormKind.LIAISON_FORM);
      await m.update(ApprovalRequest, { id: request.id }, { formId });
      return;
    }
    case ApprovalKind.TERMS_CHANGE:
      return applyTermsChange(m, actorId, request, customer, today);
    case ApprovalKind.DEDUCTION:
      // Waits, approved, for the customer's next statement (a negative line).
      return;
    case ApprovalKind.EXPENSE:
      // Counts against the spender's budget by its status alone (see the expenses feature).
      return;
  }
}

/**
 * The request's form, named by the filer's departments and the sign-off policy as it stands now;
 * the request then lists the departments its form really names.
 */
async function createFormFor(
  m: EntityManager,
  actorId: number,
  request: ApprovalRequest,
  customer: Customer,
  kind: SignoffFormKind,
): Promise<number> {
  const departments = await withRequiredDepartments(m, kind, departmentsOf(request));
  const label =
    kind === SignoffFormKind.ARREARS_CONSENT
      ? `arrears consent for ${customer.name} (request ${request.id})`
      : `liaison form for ${customer.name} (request ${request.id})`;
  const formId = await createSignoffForm(m, kind, departments, {
    label,
    filerId: request.requesterId,
    customerId: customer.id,
    approvalRequestId: request.id,
    actorId,
  });
  await m.update(ApprovalRequest, { id: request.id }, { departmentList: departments.join(',') });
  return formId;
}

async function applyRateChange(
  m: EntityManager,
  actorId: number,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
) {
  const newRate = must(request.newRate, `new rate of rate change request ${request.id}`);
  // The history starts with the rate so far (on the first change of a customer that had one from
  // before rates were history), then the new rate from today. A new customer had no rate before.
  const rates: Array<Partial<CustomerRate>> = [];
  if (customer.freightRate !== null && !(await m.count(CustomerRate, { where: { customerId: customer.id } }))) {
    rates.push({
      customerId: customer.id,
      rate: customer.freightRate,
      effectiveFrom: INITIAL_RATE_DATE,
      requestId: null,
    });
  }
  rates.push({ customerId: customer.id, rate: newRate, effectiveFrom: today, requestId: request.id });
  await m.insert(CustomerRate, rates);
  await m
    .createQueryBuilder()
    .update(Customer)
    .set({ freightRate: newRate })
    .where('id = :id', { id: customer.id })
    .execute();
  // Consignments already recorded for the approval day or later, and not billed, take the new rate.
  const affected = await m
    .getRepository(Consignment)
    .createQueryBuilder('c')
    .where('c.customerId = :cid AND c.shippedOn >= :today AND c.freeShipmentRequestId IS NULL', {
      cid: customer.id,
      today,
    })
    .andWhere('NOT EXISTS (SELECT 1 FROM statement_line l WHERE l.liveConsignmentId = c.id)')
    .getMany();
  for (const c of affected) {
    await m.update(Consignment, { id: c.id }, { rate: newRate, freight: freightFen(c.weightGrams, newRate) });
  }
  await recordAudit(m, actorId, {
    action: 'customer.rate_changed',
    entityType: 'Customer',
    entityId: customer.id,
    summary: `Freight rate of ${customer.name} ${customer.freightRate === null ? 'none' : formatMoney(customer.freightRate)} -> ${formatMoney(newRate)} per tonne from ${today} (request ${request.id})`,
  });
}

async function applyFreeShipment(m: EntityManager, actorId: number, request: ApprovalRequest) {
  const consignmentId = must(request.consignmentId, `consignment of free shipment request ${request.id}`);
  const billed = await m.query('SELECT 1 AS x FROM statement_line WHERE liveConsignmentId = ?', [consignmentId]);
  if (billed.length)
    throw new ConflictError(
      'This consignment is on a live statement; void the statement before approving its free shipment.',
    );
  const done = await m
    .createQueryBuilder()
    .update(Consignment)
    .set({ freight: 0, freeShipmentRequestId: request.id })
    .where('id = :id AND freeShipmentRequestId IS NULL', { id: consignmentId })
    .execute();
  if (!done.affected) throw new ConflictError('This consignment already ships free.');
  await recordAudit(m, actorId, {
    action: 'consignment.free_shipment',
    entityType: 'Consignment',
    entityId: consignmentId,
    summary: `Freight waived by approved request ${request.id}`,
  });
}
