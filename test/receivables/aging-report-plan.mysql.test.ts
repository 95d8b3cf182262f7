import { TestApp, Caller } from '../support/app';
import { statementsOf } from '../support/statements';
import { Role } from '../../src/domain/roles';
import { graphql } from '../generated';

/**
 * The aging report's plan on MariaDB (mysql project only: the plan is MariaDB's choice). The
 * receivables open on the day and their allocations are read from covering indexes alone. With only
 * the single-column index on settledOn, a third of the receivables open made a scan of the whole
 * table as cheap by MariaDB's estimates as the range plus a row lookup each, so the plan (and a
 * quarter of the report's database time) turned on the statistics sampled at the last ANALYZE. Six
 * samples each give the covering plan.
 */
jest.setTimeout(120_000);

const RECEIVABLES = 3_000;
const AS_OF = '2026-11-15';
/** Due dates across the buckets as of AS_OF: not due, 1-30, 31-60, 61-90 and over 90 days. */
const DUE = ['2026-11-20', '2026-11-01', '2026-10-01', '2026-09-01', '2026-07-01'];
const BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
/**
 * Receivable i's history by i % 4: open and unpaid; half paid on 2026-10-01; paid in full on
 * 2026-09-01 (settled before the day); paid in full on 2026-11-20 (settled after it, so open on the day).
 */
const OPEN_ON_THE_DAY = [10_000, 5_000, 0, 10_000];
const customerOf = (i: number) => 1 + (i % 301);

const AgingReportPlan = graphql(`
  query AgingReportPlan($a: LocalDate) {
    agingReport(asOf: $a) {
      rows {
        total
      }
      totals {
        notDue
        d1to30
        d31to60
        d61to90
        over90
        total
      }
    }
  }
`);

let app: TestApp;
let collector: Caller;
async function insertInBatches(table: string, rows: Record<string, unknown>[]) {
  for (let from = 0; from < rows.length; from += 1_000)
    await app.db
      .createQueryBuilder()
      .insert()
      .into(table)
      .values(rows.slice(from, from + 1_000))
      .execute();
}
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  // Written straight into the tables, as the benchmark's bulk load is: the report reads only these two.
  const receivables = Array.from({ length: RECEIVABLES }, (_, i) => ({
    statementId: i + 1,
    customerId: customerOf(i),
    amount: 10_000,
    confirmedOn: '2026-06-01',
    dueDate: DUE[i % DUE.length],
    settledOn: [null, null, '2026-09-01', '2026-11-20'][i % 4],
  }));
  await insertInBatches('receivable', receivables);
  const ids: Array<{ id: number; statementId: number }> = await app.db.query(
    'SELECT id, statementId FROM receivable ORDER BY statementId',
  );
  const allocations = ids.flatMap(({ id }, i) =>
    [
      [],
      [{ amount: 5_000, allocatedOn: '2026-10-01' }],
      [{ amount: 10_000, allocatedOn: '2026-09-01' }],
      [{ amount: 10_000, allocatedOn: '2026-11-20' }],
    ][i % 4].map((a) => ({ paymentId: 1, receivableId: Number(id), ...a })),
  );
  await insertInBatches('payment_allocation', allocations);
});
afterAll(() => app.stop());

/** EXPLAIN's mark of a read from the index alone (not "Using index condition", which still reads rows). */
const COVERING = /Using index(;|$)/;
const money = (fen: number) => (fen / 100).toFixed(2);

it('reads the receivables open on the day and their allocations from indexes alone, whatever statistics MariaDB sampled', async () => {
  const { result, statements } = await statementsOf(app.db, () => app.ok(AgingReportPlan, { a: AS_OF }, collector));
  const expected = { notDue: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 };
  const owing = new Set<number>();
  for (let i = 0; i < RECEIVABLES; i++) {
    expected[BUCKETS[i % DUE.length]] += OPEN_ON_THE_DAY[i % 4];
    expected.total += OPEN_ON_THE_DAY[i % 4];
    if (OPEN_ON_THE_DAY[i % 4] > 0) owing.add(customerOf(i));
  }
  expect(result.agingReport.totals).toEqual(
    Object.fromEntries(Object.entries(expected).map(([k, fen]) => [k, money(fen)])),
  );
  expect(result.agingReport.rows).toHaveLength(owing.size); // a customer whose receivables were all settled has no row

  const aging = statements.filter(([sql]) => sql.includes('payment_allocation'));
  expect(aging).toHaveLength(2); // the rows per customer and the totals
  for (let sample = 0; sample < 6; sample++) {
    await app.db.query('ANALYZE TABLE receivable, payment_allocation');
    for (const [sql, params] of aging) {
      const plan: Array<{ table: string; key: string | null; Extra: string }> = await app.db.query(
        `EXPLAIN ${sql}`,
        params,
      );
      const step = (table: string) => plan.find((s) => s.table === table);
      expect(step('r')).toMatchObject({ key: 'IDX_receivable_open_aging', Extra: expect.stringMatching(COVERING) });
      expect(step('a')).toMatchObject({
        key: 'IDX_payment_allocation_receivable_day',
        Extra: expect.stringMatching(COVERING),
      });
    }
  }
});
