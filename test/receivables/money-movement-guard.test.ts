import { TestApp } from '../support/app';
import { count } from '../support/customer-factories';
import { makeCustomer } from '../support/factories';
import { inTransaction } from '../../src/db/transaction';
import { recordMoneyMovement } from '../../src/features/ledger';
import { Role } from '../../src/domain/roles';

/**
 * A money movement books its customer's month only in a transaction opened at READ COMMITTED
 * (see test/receivables/money-locks.mysql.test.ts for why): a new caller that forgets is refused
 * on both dialects, before it writes anything, so the mistake shows in its first test.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const monthRows = (customerId: number) => count(app, 'customer_month_balance', 'customerId = ?', [customerId]);

it('refuses a transaction opened without readCommitted, and books in one opened with it', async () => {
  const customer = await makeCustomer(app, await app.staff(Role.SALESPERSON));
  await expect(
    inTransaction(app.db, (m) => recordMoneyMovement(m, customer.id, '2026-11', { received: 100 })),
  ).rejects.toThrow('recordMoneyMovement needs a transaction opened by inTransaction with { readCommitted: true }.');
  expect(await monthRows(customer.id)).toBe(0);

  await inTransaction(app.db, (m) => recordMoneyMovement(m, customer.id, '2026-11', { received: 100 }), {
    readCommitted: true,
  });
  expect(await monthRows(customer.id)).toBe(1);
});
