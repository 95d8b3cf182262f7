import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { paginate, Page } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { Fen, formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { Consignment } from '../consignments';
import { SettlementMethod, assertCanActFor, Customer, loadCustomer } from '../customers';
import { validDepartments, SignoffFormKind, withRequiredDepartments } from '../signoffs';
import { Department } from '../../domain/roles';
import { ApprovalKind, ApprovalStatus } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';
import { requiredText } from '../../graphql/text';
import { localDateIn } from '../../time';
import { notifyApprovalRequested } from './approval-notifications';
import { MANAGEMENT, SIGNERS } from '../../domain/role-sets';
import { insertAndLoad } from '../../db/insert';

/** Longest payment terms a request may ask for: a year. */
export const MAX_PAYMENT_TERM_DAYS = 365;
/** Highest storage rate a request may ask for: 1000.00 yuan per square metre per day. */
const MAX_STORAGE_RATE = 100_000;

/** Filing and listing requests. Deciding them is ApprovalDecisionService. */
export class ApprovalRequestService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  private async file(
    actor: Actor,
    customerId: string | number,
    fields:
      | Partial<ApprovalRequest>
      | ((c: Customer, m: EntityManager) => Partial<ApprovalRequest> | Promise<Partial<ApprovalRequest>>),
    describe: (c: Customer) => string,
    opts: { anyCustomer?: boolean } = {},
  ): Promise<ApprovalRequest> {
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId);
      if (!opts.anyCustomer) assertCanActFor(actor, customer);
      const details = typeof fields === 'function' ? await fields(customer, m) : fields;
      const saved = await insertAndLoad(m, ApprovalRequest, {
        ...details,
        customerId: customer.id,
        requesterId: actor.id,
        status: ApprovalStatus.PENDING,
      } as Partial<ApprovalRequest>);
      await recordAudit(m, actor.id, {
        action: 'approval.requested',
        entityType: 'ApprovalRequest',
        entityId: saved.id,
        summary: `${details.kind} for ${customer.name}: ${describe(customer)}`,
      });
      await notifyApprovalRequested(m, actor, saved, customer, localDateIn(this.timeZone, new Date()));
      return saved;
    });
  }

  rateChange(actor: Actor, customerId: string, newRate: Fen, reason: string) {
    const why = requiredText(reason, 'reason', 2000);
    // Freight is zero only by an approved free shipment of one consignment, never by a zero rate.
    if (newRate <= 0)
      throw new BadUserInputError(
        "A freight rate must be more than zero; waiving one consignment's freight is a free shipment request.",
        'newRate',
      );
    // oldRate is the rate when filed, for the reader; the policy measures a cut against the rate in force when decided.
    return this.file(
      actor,
      customerId,
      (c) => ({ kind: ApprovalKind.RATE_CHANGE, reason: why, newRate, oldRate: c.freightRate }),
      (c) =>
        `rate ${c.freightRate === null ? 'none' : formatMoney(c.freightRate)} -> ${formatMoney(newRate)} per tonne (${why})`,
    );
  }

  async freeShipment(actor: Actor, consignmentId: string, reason: string) {
    const why = requiredText(reason, 'reason', 2000);
    const consignment = await this.db
      .getRepository(Consignment)
      .findOneBy({ id: parseIdArg(consignmentId, 'consignmentId') });
    if (!consignment) throw new NotFoundError('Consignment', consignmentId);
    if (consignment.freeShipmentRequestId) throw new ConflictError('This consignment already ships free.');
    return this.file(
      actor,
      consignment.customerId,
      { kind: ApprovalKind.FREE_SHIPMENT, reason: why, consignmentId: consignment.id },
      () => `free shipment of waybill ${consignment.waybillNo} (freight ${formatMoney(consignment.freight)}): ${why}`,
    );
  }

  settlementChange(actor: Actor, customerId: string, method: SettlementMethod, reason: string) {
    const why = requiredText(reason, 'reason', 2000);
    return this.file(
      actor,
      customerId,
      { kind: ApprovalKind.SETTLEMENT_CHANGE, reason: why, method },
      (c) => `settlement ${c.settlementMethod} -> ${method}: ${why}`,
    );
  }

  arrears(
    actor: Actor,
    customerId: string,
    amount: Fen,
    promisedDate: string,
    reason: string,
    departments: Department[] | null,
  ) {
    const why = requiredText(reason, 'reason', 2000);
    if (amount <= 0) throw new BadUserInputError('The amount must be more than zero.', 'amount');
    const named = departments ?? [Department.MARKET, Department.FINANCE];
    return this.file(
      actor,
      customerId,
      async (_c, m) => ({
        kind: ApprovalKind.ARREARS,
        reason: why,
        amount,
        promisedDate,
        departmentList: validDepartments(await withRequiredDepartments(m, SignoffFormKind.ARREARS_CONSENT, named)).join(
          ',',
        ),
      }),
      () => `arrears of ${formatMoney(amount)} until ${promisedDate}: ${why}`,
    );
  }

  deduction(actor: Actor, customerId: string, amount: Fen, reason: string) {
    const why = requiredText(reason, 'reason', 2000);
    if (amount <= 0) throw new BadUserInputError('The amount must be more than zero.', 'amount');
    return this.file(
      actor,
      customerId,
      { kind: ApprovalKind.DEDUCTION, reason: why, amount },
      () => `deduction of ${formatMoney(amount)}: ${why}`,
      { anyCustomer: true },
    );
  }

  specialOperation(actor: Actor, customerId: string, details: string, departments: Department[]) {
    const text = requiredText(details, 'details', 2000);
    let list: Department[] = [];
    return this.file(
      actor,
      customerId,
      async (_c, m) => {
        list = validDepartments(await withRequiredDepartments(m, SignoffFormKind.LIAISON_FORM, departments));
        return { kind: ApprovalKind.SPECIAL_OPERATION, reason: text, details: text, departmentList: list.join(',') };
      },
      () => `liaison form to ${list.join(', ')}: ${text}`,
    );
  }

  termsChange(
    actor: Actor,
    customerId: string,
    paymentTermDays: number | null,
    storageRate: Fen | null,
    reason: string,
  ) {
    const why = requiredText(reason, 'reason', 2000);
    if (paymentTermDays === null && storageRate === null)
      throw new BadUserInputError('Give new payment terms, a new storage rate, or both.', 'paymentTermDays');
    if (
      paymentTermDays !== null &&
      (!Number.isInteger(paymentTermDays) || paymentTermDays < 0 || paymentTermDays > MAX_PAYMENT_TERM_DAYS)
    ) {
      throw new BadUserInputError(
        `Payment terms are a whole number of days from 0 to ${MAX_PAYMENT_TERM_DAYS}.`,
        'paymentTermDays',
      );
    }
    if (storageRate !== null && storageRate > MAX_STORAGE_RATE)
      throw new BadUserInputError(
        `A storage rate above ${formatMoney(MAX_STORAGE_RATE)} per square metre per day is not plausible.`,
        'storageRate',
      );
    const wanted = [
      paymentTermDays !== null ? `payment terms ${paymentTermDays} days` : null,
      storageRate !== null ? `storage rate ${formatMoney(storageRate)}/m²/day` : null,
    ]
      .filter(Boolean)
      .join(', ');
    return this.file(
      actor,
      customerId,
      { kind: ApprovalKind.TERMS_CHANGE, reason: why, paymentTermDays, storageRate },
      (c) => `terms of ${c.name}: ${wanted} (${why})`,
    );
  }

  async get(actor: Actor, id: string): Promise<ApprovalRequest> {
    const r = await this.db.getRepository(ApprovalRequest).findOneBy({ id: parseIdArg(id, 'id') });
    if (!r || !canSee(actor, r)) throw new NotFoundError('Approval request', id);
    return r;
  }

  list(
    actor: Actor,
    args: {
      first?: number | null;
      after?: string | null;
      status?: ApprovalStatus | null;
      kind?: ApprovalKind | null;
      customerId?: string | null;
      requesterId?: string | null;
    },
  ): Promise<Page<ApprovalRequest>> {
    const qb = this.db.getRepository(ApprovalRequest).createQueryBuilder('r');
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
    if (args.customerId != null) qb.andWhere('r.customerId = :cid', { cid: parseIdArg(args.customerId, 'customerId') });
    if (args.requesterId != null)
      qb.andWhere('r.requesterId = :rid', { rid: parseIdArg(args.requesterId, 'requesterId') });
    if (!seesAll(actor)) {
      qb.andWhere(signsForms(actor) ? '(r.requesterId = :me OR r.formId IS NOT NULL)' : 'r.requesterId = :me', {
        me: actor.id,
      });
    }
    return paginate(qb, args);
  }
}

/** Leaders and the assistant see every request; anyone else their own. */
function seesAll(actor: Actor): boolean {
  return hasRole(actor, ...MANAGEMENT);
}

/**
 * Department heads and the dispatcher also see approved requests with a liaison form, which they sign (as with
 * operation notices).
 */
function signsForms(actor: Actor): boolean {
  return hasRole(actor, ...SIGNERS);
}

function canSee(actor: Actor, r: ApprovalRequest): boolean {
  return seesAll(actor) || r.requesterId === actor.id || (signsForms(actor) && r.formId !== null);
}
