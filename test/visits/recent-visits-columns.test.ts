import { TestApp, Caller } from '../support/app';
import { statementsOf } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { Role } from '../../src/domain/roles';
import { Visit, VisitStatus } from '../../src/features/visits/visit.entity';

/**
 * `recentVisits` reads only the columns of the fields a query asks for (src/graphql/unselected-fields.ts),
 * and every way of asking still gets every value: fragments, aliases with different selections, a
 * computed field (which may read anything, so everything is read).
 */
let app: TestApp;
let owner: Caller;
let customerId: number;

beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON);
  customerId = (await makeCustomer(app, owner)).id;
  await app.db.getRepository(Visit).insert(
    [1, 2, 3, 4].map((d) => ({
      customerId,
      salespersonId: owner.staff.id,
      plannedById: owner.staff.id,
      plannedAt: new Date(Date.UTC(2026, 9, d, 2)),
      purpose: `Visit ${d}`,
      status: d === 4 ? VisitStatus.PLANNED : VisitStatus.COMPLETED,
      summary: d === 4 ? null : `Talked on day ${d}`,
    })),
  );
});
afterAll(() => app.stop());

/** Runs `selection` under the owner's customer's recentVisits; returns its visits and the visits statement. */
async function recent(selection: string, fragments = '') {
  const { result, statements } = await statementsOf(app.db, () =>
    app.ok<{ customer: Record<string, unknown> }, Record<string, unknown>>(
      `query($id: ID!) { customer(id: $id) { ${selection} } } ${fragments}`,
      { id: String(customerId) },
      owner,
    ),
  );
  const sql = statements.map(([s]) => s).filter((s) => s.includes('ROW_NUMBER'));
  expect(sql).toHaveLength(1);
  return { customer: result.customer, sql: sql[0] };
}

/** The columns of `visit` that a statement selects (as `v`.`name` or "v"."name"). */
const selected = (sql: string) =>
  [...sql.slice(0, sql.indexOf(' FROM ')).matchAll(/[`"]v[`"]\.[`"](\w+)[`"]/g)].map((m) => m[1]).sort();

it('reads the columns of the fields asked for, and those no field shows', async () => {
  const { customer, sql } = await recent('recentVisits { id purpose status }');
  expect(customer.recentVisits).toEqual([
    { id: expect.any(String), purpose: 'Visit 4', status: 'PLANNED' },
    { id: expect.any(String), purpose: 'Visit 3', status: 'COMPLETED' },
    { id: expect.any(String), purpose: 'Visit 2', status: 'COMPLETED' },
  ]);
  // Relation ids (no field of Visit) stay: rules and resolvers may need them.
  expect(selected(sql)).toEqual(
    [
      'customerId',
      'id',
      'markedFalseById',
      'plannedById',
      'purpose',
      'salespersonId',
      'status',
      'visitRequestId',
    ].sort(),
  );
});

it('counts fields asked for through inline and named fragments', async () => {
  const { customer, sql } = await recent(
    'recentVisits { id ... on Visit { summary } ...When } __typename',
    'fragment When on Visit { plannedAt }',
  );
  expect(customer.recentVisits).toEqual([
    { id: expect.any(String), summary: null, plannedAt: '2026-10-04T02:00:00.000Z' },
    { id: expect.any(String), summary: 'Talked on day 3', plannedAt: '2026-10-03T02:00:00.000Z' },
    { id: expect.any(String), summary: 'Talked on day 2', plannedAt: '2026-10-02T02:00:00.000Z' },
  ]);
  expect(selected(sql)).toEqual(expect.arrayContaining(['summary', 'plannedAt']));
  expect(selected(sql)).not.toContain('purpose');
});

it('reads every column when a computed field is asked for', async () => {
  const { customer, sql } = await recent('recentVisits(limit: 1) { summary salesperson { id } }');
  expect(customer.recentVisits).toEqual([{ summary: null, salesperson: { id: String(owner.staff.id) } }]);
  const all = app.db
    .getMetadata(Visit)
    .columns.map((c) => c.databaseName)
    .sort();
  expect(selected(sql)).toEqual(all);
});

it('answers aliases that ask for different fields each with theirs', async () => {
  const { result, statements } = await statementsOf(app.db, () =>
    app.ok<{ customer: Record<string, Array<Record<string, unknown>>> }, Record<string, unknown>>(
      `query($id: ID!) { customer(id: $id) { a: recentVisits(limit: 1) { purpose } b: recentVisits(limit: 1) { summary checkInFlagged } } }`,
      { id: String(customerId) },
      owner,
    ),
  );
  expect(result.customer.a).toEqual([{ purpose: 'Visit 4' }]);
  expect(result.customer.b).toEqual([{ summary: null, checkInFlagged: false }]);
  expect(statements.filter(([s]) => s.includes('ROW_NUMBER'))).toHaveLength(2);
});
