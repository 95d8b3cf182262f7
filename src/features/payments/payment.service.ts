import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError } from '../../errors';
import { checkDate, companyToday, windows } from '../../date-window';
import { Fen, formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { NotificationKind, recordNotification } from '../notifications';
import { loadCustomer } from '../customers';
import { allocatePayment, monthOf, Payment, recordMoneyMovement } from '../ledger';
import { insertAndLoad } from '../../db/insert';

export interface NewPayment {
  customerId: string;
  amount: Fen;
  receivedOn: string;
  reference: string;
  idempotencyKey: string;
}

/**
 * Records payments exactly once per idempotency key (a unique index): a retry with the same
 * payment returns the first result; the same key with a different payment is CONFLICT.
 */
export class PaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(actor: Actor, input: NewPayment): Promise<Payment> {
    const key = input.idempotencyKey.trim();
    if (!key || key.length > 100)
      throw new BadUserInputError('The idempotency key must be 1 to 100 characters.', 'idempotencyKey');
    const reference = input.reference.trim();
    if (!reference) throw new BadUserInputError('A reference is required.', 'reference');
    if (input.amount <= 0) throw new BadUserInputError('A payment must be more than zero.', 'amount');
    checkDate(input.receivedOn, 'receivedOn', windows.past(companyToday(this.timeZone)));
    const existing = await this.db.getRepository(Payment).findOne({ where: { idempotencyKey: key } });
    if (existing) return this.replay(existing, input, reference);
    try {
      return await inTransaction(
        this.db,
        (m) => this.insertAndSettle(m, actor, { ...input, reference, idempotencyKey: key }),
        { readCommitted: true },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.db.getRepository(Payment).findOne({ where: { idempotencyKey: key } });
      if (!first) throw error;
      return this.replay(first, input, reference);
    }
  }

  private replay(first: Payment, input: NewPayment, reference: string): Payment {
    const same =
      String(first.customerId) === String(Number(input.customerId)) &&
      first.amount === input.amount &&
      first.receivedOn === input.receivedOn &&
      first.reference === reference;
    if (!same) throw new ConflictError('This idempotency key was already used for a different payment.');
    return first;
  }

  /** One transaction: the payment, its allocations and the audit event, or nothing. */
  async insertAndSettle(m: EntityManager, actor: Actor, input: NewPayment): Promise<Payment> {
    const customer = await loadCustomer(m, input.customerId, { lock: true });
    const payment = await insertAndLoad(m, Payment, {
      customerId: customer.id,
      amount: input.amount,
      receivedOn: input.receivedOn,
      reference: input.reference,
      idempotencyKey: input.idempotencyKey,
      recordedById: actor.id,
    });
    await recordMoneyMovement(m, customer.id, monthOf(payment.receivedOn), { received: payment.amount });
    const credit = await this.settle(m, payment);
    await recordAudit(m, actor.id, {
      action: 'payment.recorded',
      entityType: 'Payment',
      entityId: payment.id,
      summary: `Received ${formatMoney(payment.amount)} from ${customer.name} on ${payment.receivedOn} (${payment.reference}); ${formatMoney(credit)} left as credit`,
    });
    // No amount in the message: the link to the customer carries the money under its own field rules.
    await recordNotification(m, {
      kind: NotificationKind.PAYMENT_RECEIVED,
      message: `A payment from ${customer.name} received on ${payment.receivedOn} was recorded by ${actor.name}.`,
      to: { staffIds: [customer.ownerId] },
      actorId: actor.id,
      customerId: customer.id,
    });
    return payment;
  }

  /** The settlement step (a seam tests use to inject a failure after the payment row is written). */
  settle(m: EntityManager, payment: Payment): Promise<Fen> {
    return allocatePayment(m, payment);
  }
}
