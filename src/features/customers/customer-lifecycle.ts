import { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../errors';
import { recordAudit } from '../audit';
import { CustomerStatus } from './customer-enums';
import { Customer } from './customer.entity';
import { loadCustomer } from './customer-ref';

/**
 * The customer lifecycle: PROSPECT -> INTENT -> ACTIVE -> LOST, LOST -> ACTIVE when won back,
 * and PROSPECT -> ACTIVE for a new customer whose operation notice is completed without an
 * intent report. Every other move is BAD_USER_INPUT.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<CustomerStatus, readonly CustomerStatus[]>> = {
  [CustomerStatus.PROSPECT]: [CustomerStatus.INTENT, CustomerStatus.ACTIVE],
  [CustomerStatus.INTENT]: [CustomerStatus.ACTIVE],
  [CustomerStatus.ACTIVE]: [CustomerStatus.LOST],
  [CustomerStatus.LOST]: [CustomerStatus.ACTIVE],
};

export function assertTransition(from: CustomerStatus, to: CustomerStatus): void {
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    throw new BadUserInputError(`A customer cannot move from ${from} to ${to}.`, 'status');
  }
}

/**
 * Moves a customer to `to` inside the caller's transaction: checks `mayAct` (who may) and the move
 * on the row as read there, updates only if its status and owner are still what was read (else
 * CONFLICT), and writes the audit event.
 */
export async function transitionCustomer(
  manager: EntityManager,
  customerId: number,
  to: CustomerStatus,
  actorId: number | null,
  why: string,
  mayAct: (customer: Customer) => void = () => undefined,
): Promise<Customer> {
  const customer = await loadCustomer(manager, customerId);
  mayAct(customer);
  assertTransition(customer.status, to);
  const result = await manager
    .createQueryBuilder()
    .update(Customer)
    .set({ status: to })
    .where('id = :id AND status = :from AND ownerId = :owner', {
      id: customerId,
      from: customer.status,
      owner: customer.ownerId,
    })
    .execute();
  if (!result.affected)
    throw new ConflictError("The customer's status or owner changed under you; reload and try again.");
  await recordAudit(manager, actorId, {
    action: 'customer.status_changed',
    entityType: 'Customer',
    entityId: customerId,
    summary: `${customer.name}: ${customer.status} -> ${to} (${why})`.slice(0, 1000),
  });
  customer.status = to;
  return customer;
}

/**
 * For the operation-notice feature: when a 新(重)进客户操作通知单 is completed, the customer
 * becomes ACTIVE (PROSPECT/INTENT for a new customer, LOST for a returning one). Call it inside
 * the notice's transaction. An ACTIVE customer is BAD_USER_INPUT.
 */
export function activateCustomer(
  manager: EntityManager,
  customerId: number,
  actorId: number | null,
  why = 'operation notice completed',
): Promise<Customer> {
  return transitionCustomer(manager, customerId, CustomerStatus.ACTIVE, actorId, why);
}
