import { byCustomerId, customerMoneyRule, knownCustomer } from './money-access';
import { Department, Role } from '../../domain/roles';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import type { Context } from '../../context';
import type { Customer } from './customer.entity';

/**
 * The money rule of rows that carry a customer id, on each of its paths: a customer whose owner
 * the request already knows is decided at once, without a lookup, and the owner is what decides.
 */
const moneyRule = customerMoneyRule('Receivable', byCustomerId) as unknown as {
  func: (parent: unknown, args: unknown, ctx: Context, info: unknown) => unknown;
};
const salesperson = { id: 7, name: 'S', roles: [Role.SALESPERSON], department: Department.MARKET };

function contextOf(actor: typeof salesperson | null, customers: Array<{ id: number; ownerId: number }> = []) {
  const load = jest.fn(async (id: number) => customers.find((c) => c.id === id) ?? null);
  const ctx = {
    actor,
    loaders: { knownCustomers: new Map<number, Customer>(), customer: { load } },
  } as unknown as Context;
  return { ctx, load };
}

const decide = (ctx: Context, customerId: number | null) => moneyRule.func({ customerId }, {}, ctx, {});

it('decides at once for a known customer: its owner sees the money, another salesperson does not', () => {
  const { ctx, load } = contextOf(salesperson);
  knownCustomer(ctx, { id: 1, ownerId: salesperson.id } as Customer);
  knownCustomer(ctx, { id: 2, ownerId: 99 } as Customer);
  expect(decide(ctx, 1)).toBe(true);
  expect(decide(ctx, 2)).toBeInstanceOf(ForbiddenError);
  expect(load).not.toHaveBeenCalled();
});

it('looks up a customer the request does not know yet, and the owner decides', async () => {
  const { ctx, load } = contextOf(salesperson, [
    { id: 3, ownerId: salesperson.id },
    { id: 4, ownerId: 99 },
  ]);
  await expect(decide(ctx, 3)).resolves.toBe(true);
  await expect(decide(ctx, 4)).resolves.toBeInstanceOf(ForbiddenError);
  await expect(decide(ctx, 5)).resolves.toBeInstanceOf(ForbiddenError);
  expect(load).toHaveBeenCalledTimes(3);
});

it('lets money readers through and refuses an anonymous caller, whatever the request knows', () => {
  const { ctx } = contextOf({ ...salesperson, roles: [Role.COLLECTOR] });
  knownCustomer(ctx, { id: 2, ownerId: 99 } as Customer);
  expect(decide(ctx, 2)).toBe(true);
  const anonymous = contextOf(null).ctx;
  knownCustomer(anonymous, { id: 1, ownerId: 1 } as Customer);
  expect(decide(anonymous, 1)).toBeInstanceOf(UnauthenticatedError);
});
