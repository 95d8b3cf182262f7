import { TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { pay } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { localDateIn } from '../../src/time';

/**
 * What a money movement locks on MariaDB (mysql project only: SQLite runs transactions in turn).
 * A payment books its month in `customer_month_balance` with range statements (the latest month up
 * to this one; every later month's closing). At REPEATABLE READ those also locked the first row past
 * the range: the next customer's month row. On one server a payment for that customer then waited
 * for this one; on a Galera cluster the other node's payment for it aborted this one (nearly every
 * certification conflict of the node-loss load). Money movements run at READ COMMITTED, where a
 * statement keeps locks only on the rows it matches.
 */
jest.setTimeout(60_000);

let app: TestApp;
let collector: Caller;
let owner: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  owner = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());

it("a payment held open in its transaction does not hold up the next customer's payment", async () => {
  const first = await makeCustomer(app, owner);
  const next = await makeCustomer(app, owner);
  expect(next.id).toBe(first.id + 1);
  // Each has its month row already: the held payment updates its own, the other updates the next one.
  await pay(app, collector, first.id, '1.00', `locks-a-${first.id}`, today());
  await pay(app, collector, next.id, '1.00', `locks-b-${next.id}`, today());

  // The first customer's payment stops after booking its month, its transaction open, until released.
  let reached!: () => void;
  const atSettlement = new Promise<void>((resolve) => (reached = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const settle = app.server.services.payments.settle.bind(app.server.services.payments);
  const spy = jest.spyOn(app.server.services.payments, 'settle').mockImplementationOnce(async (m, payment) => {
    reached();
    await released;
    return settle(m, payment);
  });
  const held = pay(app, collector, first.id, '2.00', `locks-held-${first.id}`, today());
  await atSettlement;

  let timer: NodeJS.Timeout | undefined;
  try {
    // Held up, the next customer's payment would wait for the first (InnoDB's lock wait is 50 s).
    const outcome = await Promise.race([
      pay(app, collector, next.id, '3.00', `locks-next-${next.id}`, today()).then(() => 'recorded'),
      new Promise((resolve) => (timer = setTimeout(() => resolve('still waiting for the held payment'), 15_000))),
    ]);
    expect(outcome).toBe('recorded');
  } finally {
    clearTimeout(timer);
    release();
    spy.mockRestore();
  }
  await held;
  const rows: Array<{ customerId: number; received: string }> = await app.db.query(
    'SELECT customerId, received FROM customer_month_balance WHERE customerId IN (?, ?) AND month = ?',
    [first.id, next.id, today().slice(0, 7)],
  );
  expect(rows.map((r) => [Number(r.customerId), Number(r.received)]).sort((a, b) => a[0] - b[0])).toEqual([
    [first.id, 300],
    [next.id, 400],
  ]);
});
