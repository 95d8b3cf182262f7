import { rule } from 'graphql-shield';
import { Actor, hasRole } from '../../auth/actor';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { MONEY_READERS } from '../../domain/role-sets';
import type { Customer } from './customer.entity';

/**
 * One rule for a customer's money (balance, receivables, statements, payments, invoices, charges,
 * arrears, unpaid amounts): it is seen by exactly those who may read the customer's receivables,
 * the owner and MONEY_READERS (the COLLECTOR and the leaders). Anyone else gets null with
 * FORBIDDEN on that path, by every path that reaches the field, the rest of the answer intact.
 */
export function canSeeMoneyOf(actor: Actor | null | undefined, customer: { ownerId: number }): boolean {
  return !!actor && (customer.ownerId === actor.id || hasRole(actor, ...MONEY_READERS));
}

const denied = () =>
  new ForbiddenError("A customer's money is visible only to its owner, the COLLECTOR and the leaders.");

/** Which customer's money a parent object shows: its id, or null when it shows no customer's money. */
export type CustomerIdOf<T> = (parent: T, ctx: Context) => number | null | Promise<number | null>;

/**
 * The field rule for money shown on `typeName` objects. It depends on the parent, so it is never
 * cached across rows; money readers pass without a lookup, others by the customer's owner (one
 * batched load per page).
 */
export function customerMoneyRule<T>(typeName: string, customerIdOf: CustomerIdOf<T>) {
  const byOwner = async (actor: Actor, of: ReturnType<CustomerIdOf<T>>, ctx: Context) => {
    const customerId = await of;
    if (customerId === null) return true;
    const customer = await ctx.loaders.customer.load(customerId);
    return customer && canSeeMoneyOf(actor, customer) ? true : denied();
  };
  // Answered synchronously where it can be (graphql-shield is patched to let such a field resolve
  // at once): money readers, and customers whose owner this request already knows.
  return rule(`canSeeCustomerMoney(${typeName})`, { cache: 'no_cache' })((parent: T, _args, ctx: Context) => {
    if (!ctx.actor) return new UnauthenticatedError();
    if (hasRole(ctx.actor, ...MONEY_READERS)) return true;
    const customerId = customerIdOf(parent, ctx);
    const ownerId = typeof customerId === 'number' ? ctx.loaders.knownCustomers.get(customerId)?.ownerId : undefined;
    if (ownerId !== undefined) return canSeeMoneyOf(ctx.actor, { ownerId }) ? true : denied();
    return byOwner(ctx.actor, customerId, ctx);
  });
}

/**
 * Tells the request a customer it has read whole (a parent already loaded): the customer loader
 * answers it without a statement, and the money rules of its rows decide on its owner at once.
 * Both read the one map, so they cannot tell different stories.
 */
export function knownCustomer(ctx: Context, customer: Customer): void {
  ctx.loaders.knownCustomers.set(customer.id, customer);
}

/** For objects that carry their customer's id (statements, receivables, payments, charges, requests, report rows). */
export const byCustomerId = (parent: { customerId: number | null }) => parent.customerId ?? null;

/** For objects that belong to a statement (its lines, its invoice). */
export const byStatementId = async (parent: { statementId: number }, ctx: Context) =>
  (await ctx.loaders.statement.load(parent.statementId))?.customerId ?? null;

/** The Customer type itself: its owner is on the row, no lookup. */
export const canSeeCustomerMoney = rule('canSeeCustomerMoney(Customer)', { cache: 'no_cache' })((
  customer: { ownerId: number },
  _args,
  ctx: Context,
) => {
  if (!ctx.actor) return new UnauthenticatedError();
  return canSeeMoneyOf(ctx.actor, customer) ? true : denied();
});
