import { TestApp, Caller } from '../support/app';
import { Statement, statementsOf } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { pay } from '../support/money-factories';
import { Role } from '../../src/domain/roles';

/**
 * A payment settles from the customer's unsettled receivables only: what it reads does not grow
 * with the receivables the customer paid off before (mysql project only: MariaDB's ANALYZE counts
 * what a statement did). Each receivable the settlement read cost one sum over its allocations.
 */
const SETTLED = 30;

let app: TestApp;
let collector: Caller;
let customerId: number;
let openId: number;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  customerId = Number((await makeCustomer(app, await app.staff(Role.SALESPERSON))).id);
  // A long paid-off history, written straight into the tables as the benchmark's bulk load is:
  // each receivable paid in full, its settled day kept.
  const receivable = (i: number, settledOn: string | null) => ({
    statementId: 800_000 + i,
    customerId,
    amount: 10_000,
    confirmedOn: '2026-03-01',
    dueDate: '2026-04-01',
    settledOn,
  });
  const history = Array.from({ length: SETTLED }, (_, i) => receivable(i, '2026-04-01'));
  await app.db.createQueryBuilder().insert().into('receivable').values(history).execute();
  const settled: Array<{ id: number }> = await app.db.query('SELECT id FROM receivable WHERE customerId = ?', [
    customerId,
  ]);
  await app.db
    .createQueryBuilder()
    .insert()
    .into('payment_allocation')
    .values(settled.map(({ id }) => ({ paymentId: 0, receivableId: id, amount: 10_000, allocatedOn: '2026-04-01' })))
    .execute();
  await app.db.createQueryBuilder().insert().into('receivable').values(receivable(SETTLED, null)).execute();
  [{ id: openId }] = await app.db.query('SELECT id FROM receivable WHERE customerId = ? AND settledOn IS NULL', [
    customerId,
  ]);
});
afterAll(() => app.stop());

/** What MariaDB did running `statement`: its ANALYZE FORMAT=JSON, parsed. */
async function analyzed([sql, params]: Statement): Promise<string> {
  const [row]: Array<Record<string, string>> = await app.db.query(`ANALYZE FORMAT=JSON ${sql}`, params);
  return Object.values(row)[0];
}

it("reads one open receivable's allocations, not those of the thirty it paid off before", async () => {
  const { result, statements } = await statementsOf(app.db, () =>
    pay(app, collector, customerId, '40.00', 'payment-history-1'),
  );
  expect(result.amount).toBe('40.00');
  const allocations: Array<{ receivableId: number; amount: number | string }> = await app.db.query(
    'SELECT receivableId, amount FROM payment_allocation WHERE paymentId = ?',
    [Number(result.id)],
  );
  expect(allocations.map((a) => [Number(a.receivableId), Number(a.amount)])).toEqual([[Number(openId), 4_000]]);

  const settlement = statements.filter(
    ([sql]) => /FROM `receivable` `r`/.test(sql) && sql.includes('payment_allocation'),
  );
  expect(settlement).toHaveLength(1);
  const plan = JSON.parse(await analyzed(settlement[0]));
  // The sum over a receivable's allocations is the subquery (select 2): run once per receivable read.
  const subquery = JSON.stringify(plan).match(/"select_id":2,"r_loops":(\d+)/);
  expect(subquery?.[1]).toBe('1');
});
