import { TestApp, Caller, errorCodes } from '../support/app';
import { statementsOf } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { pay } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { rebuildKeptBalances } from '../../src/features/ledger';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A page of customers that asks for its owners or balances reads them in the page's own statement
 * (customer-page-columns.ts: `pageOwnersColumn`, `customerBalanceColumn`): the same as `customer(id)`
 * gives them, by every way of asking, under the same money rule, and not read at all when not asked for.
 */
let app: TestApp;
let owner: Caller;
let manager: Caller;
let collector: Caller;
const ids: Record<'owes' | 'credit' | 'none' | 'others', number> = { owes: 0, credit: 0, none: 0, others: 0 };

beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON);
  const other = await app.staff(Role.SALESPERSON);
  // An owner holding two roles: the page reads both.
  await app.db.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [other.staff.id, Role.COLLECTOR]);
  manager = await app.staff(Role.MANAGER);
  collector = await app.staff(Role.COLLECTOR);
  ids.owes = (await makeCustomer(app, owner)).id;
  ids.credit = (await makeCustomer(app, owner)).id;
  ids.none = (await makeCustomer(app, owner)).id;
  ids.others = (await makeCustomer(app, other)).id;
  const receivable = (customerId: number, statementId: number, amount: number) => ({
    statementId,
    customerId,
    amount,
    confirmedOn: '2026-08-01',
    dueDate: '2026-09-01',
  });
  await app.db
    .createQueryBuilder()
    .insert()
    .into('receivable')
    .values([receivable(ids.owes, 1, 20_000), receivable(ids.others, 2, 10_000)])
    .execute();
  const payment = (customerId: number, amount: number, key: string) => ({
    customerId,
    amount,
    receivedOn: '2026-08-15',
    reference: key,
    idempotencyKey: key,
    recordedById: collector.staff.id,
  });
  // 50.00 paid against 200.00 owed (left unallocated: the balance is owed minus paid), and 30.00 paid
  // with nothing owed: a credit.
  await app.db
    .createQueryBuilder()
    .insert()
    .into('payment')
    .values([payment(ids.owes, 5_000, 'page-balance-1'), payment(ids.credit, 3_000, 'page-balance-2')])
    .execute();
  await rebuildKeptBalances(app.db);
});
afterAll(() => app.stop());

const expected = () => ({
  [ids.owes]: '150.00',
  [ids.credit]: '-30.00',
  [ids.none]: '0.00',
  [ids.others]: '100.00',
});

/** Runs a customers query; returns its answer, every statement, and the statements reading kept balances. */
async function page(query: string, caller: Caller) {
  const { result, statements } = await statementsOf(app.db, () =>
    app.exec<any, Record<string, never>>(query, {}, caller),
  );
  const balanceReads = statements.map(([sql]) => sql).filter((sql) => sql.includes('customer_month_balance'));
  return { result, statements, balanceReads };
}

const balancesOf = (data: any, key = 'balance') =>
  Object.fromEntries(
    data.customers.edges
      .filter((e: any) => Object.values(ids).includes(Number(e.node.id)))
      .map((e: any) => [Number(e.node.id), e.node[key]]),
  );

it('reads the balances in the page statement itself, as customer(id) gives them', async () => {
  const { result, statements, balanceReads } = await page(
    '{ customers(first: 10) { edges { node { id balance } } } }',
    manager,
  );
  expect(result.errors).toBeUndefined();
  expect(balancesOf(result.data)).toEqual(expected());
  // The caller, then the page: no statement of its own for the balances.
  expect(statements).toHaveLength(2);
  expect(statements[1][0]).toMatch(/ORDER BY c\.id DESC LIMIT \?$/);
  expect(balanceReads).toEqual([statements[1][0]]);
  for (const [id, balance] of Object.entries(expected())) {
    const one: any = await app.ok(`{ customer(id: "${id}") { balance } }`, {}, manager);
    expect(one.customer.balance).toBe(balance);
  }
});

it('reads them so through fragments, inline fragments and aliases', async () => {
  const { result, statements } = await page(
    `{ customers(first: 10) { ...Page } }
     fragment Page on CustomerConnection { edges { ... on CustomerEdge { node { id ...Money } } } }
     fragment Money on Customer { owes: balance }`,
    manager,
  );
  expect(result.errors).toBeUndefined();
  expect(balancesOf(result.data, 'owes')).toEqual(expected());
  expect(statements).toHaveLength(2);
});

it('does not read them when the query does not ask for them', async () => {
  const { result, balanceReads } = await page('{ customers(first: 10) { edges { node { id name } } } }', manager);
  expect(result.errors).toBeUndefined();
  expect(result.data.customers.edges.length).toBeGreaterThanOrEqual(4);
  expect(balanceReads).toEqual([]);
});

it("keeps the money rule: a salesperson's page shows another's customer's balance as null with FORBIDDEN", async () => {
  const { result } = await page('{ customers(first: 10) { edges { node { id balance } } } }', owner);
  expect(balancesOf(result.data)).toEqual({ ...expected(), [ids.others]: null });
  expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  const row = result.data.customers.edges.findIndex((e: any) => Number(e.node.id) === ids.others);
  expect(result.errors?.[0].path).toEqual(['customers', 'edges', row, 'node', 'balance']);
});

const OWNER = 'owner { id name email department active roles }';

it('reads the owners in the page statement itself, as customer(id) gives them, roles and all', async () => {
  const { result, statements } = await page(`{ customers(first: 10) { edges { node { id ${OWNER} } } } }`, manager);
  expect(result.errors).toBeUndefined();
  // The caller, then the page: no statement of its own for the owners.
  expect(statements).toHaveLength(2);
  expect(statements[1][0]).toMatch(/JOIN/);
  const owners = new Map<number, any>(result.data.customers.edges.map((e: any) => [Number(e.node.id), e.node.owner]));
  expect(owners.get(ids.others).roles).toEqual([Role.COLLECTOR, Role.SALESPERSON]);
  for (const id of Object.values(ids)) {
    const one: any = await app.ok(`{ customer(id: "${id}") { ${OWNER} } }`, {}, manager);
    expect(owners.get(id)).toEqual(one.customer.owner);
  }
});

it('reads owners and balances together in one statement, through fragments', async () => {
  const { result, statements } = await page(
    `{ customers(first: 10) { edges { node { ...Row } } } }
     fragment Row on Customer { id balance ... on Customer { owner { id name } } }`,
    manager,
  );
  expect(result.errors).toBeUndefined();
  expect(statements).toHaveLength(2);
  expect(balancesOf(result.data)).toEqual(expected());
  const ownerOf = (id: number) => result.data.customers.edges.find((e: any) => Number(e.node.id) === id).node.owner;
  expect(ownerOf(ids.owes)).toEqual({ id: String(owner.staff.id), name: owner.staff.name });
});

it('does not join the owners when the query does not ask for them', async () => {
  const { statements } = await page('{ customers(first: 10) { edges { node { id balance } } } }', manager);
  expect(statements[1][0]).not.toMatch(/JOIN/);
});

it("does not join a salesperson's own page's owner: the request holds the caller already", async () => {
  const { result, statements } = await page(
    `{ customers(first: 10, filter: { ownerId: "${owner.staff.id}" }) { edges { node { id owner { id name roles } } } } }`,
    owner,
  );
  expect(result.errors).toBeUndefined();
  expect(statements).toHaveLength(2);
  expect(statements[1][0]).not.toMatch(/JOIN/);
  expect(result.data.customers.edges).toHaveLength(3);
  for (const e of result.data.customers.edges) {
    expect(e.node.owner).toEqual({ id: String(owner.staff.id), name: owner.staff.name, roles: [Role.SALESPERSON] });
  }
});

it("joins the owners of a salesperson's page of another's customers, and refuses an odd owner id as the filter does", async () => {
  const othersOwner = `{ customers(first: 10, filter: { ownerId: "%" }) { edges { node { id owner { id roles } } } } }`;
  const theirs = (
    await app.ok<any, Record<string, never>>(`{ customer(id: "${ids.others}") { owner { id } } }`, {}, manager)
  ).customer.owner.id;
  const { result, statements } = await page(othersOwner.replace('%', theirs), owner);
  expect(result.errors).toBeUndefined();
  expect(statements[1][0]).toMatch(/JOIN/);
  expect(result.data.customers.edges.map((e: any) => e.node.owner)).toEqual([
    { id: theirs, roles: [Role.COLLECTOR, Role.SALESPERSON] },
  ]);
  for (const odd of [` ${owner.staff.id}`, `${owner.staff.id}.0`, `0x${owner.staff.id}`]) {
    const refused = await page(othersOwner.replace('%', odd), owner);
    expect(errorCodes(refused.result)).toEqual(['BAD_USER_INPUT']);
    expect(refused.result.errors?.[0].extensions?.field).toBe('ownerId');
  }
});

it('reads owners afresh on every request: a customer handed to another shows its new owner next time', async () => {
  const query = '{ customers(first: 10) { edges { node { id owner { id } } } } }';
  const ownerOf = (data: any) => data.customers.edges.find((e: any) => Number(e.node.id) === ids.none).node.owner.id;
  expect(ownerOf((await page(query, manager)).result.data)).toBe(String(owner.staff.id));
  await app.db.query('UPDATE customer SET ownerId = ? WHERE id = ?', [manager.staff.id, ids.none]);
  expect(ownerOf((await page(query, manager)).result.data)).toBe(String(manager.staff.id));
  await app.db.query('UPDATE customer SET ownerId = ? WHERE id = ?', [owner.staff.id, ids.none]);
});

it('reads balances afresh on every request: a payment shows on the next page', async () => {
  await pay(app, collector, ids.owes, '50.00', 'page-balance-3');
  const { result } = await page('{ customers(first: 10) { edges { node { id balance } } } }', manager);
  expect(balancesOf(result.data)[ids.owes]).toBe('100.00');
});
