import { Caller, postGraphql, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { count } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { buildBareSchema } from '../../src/schema';
import { TEXT_LIMITS, textInputs } from '../../src/graphql/text-limits';

/**
 * Every free-text argument has a maximum, refused with BAD_USER_INPUT (naming the field) before
 * any resolver runs, and stated in its description: a 90 KB search no longer reaches SQLite's
 * LIKE, and a text longer than its MySQL column is no longer an internal error.
 */
let app: TestApp;
let url: string;
let manager: Caller;
let collector: Caller;
let searches: () => number;

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  manager = await app.staff(Role.MANAGER);
  collector = await app.staff(Role.COLLECTOR);
  const spy = jest.spyOn(app.server.services.customers, 'list');
  searches = () => spy.mock.calls.length;
});
afterAll(() => app.stop());

const SEARCH = `query($s: String) { customers(first: 5, filter: { search: $s }) { edges { node { id } } } }`;

async function refusedAs(field: string, query: string, variables: Record<string, unknown>, caller: Caller) {
  const res = await postGraphql(url, { query, variables }, { authorization: `Bearer ${caller.token}` });
  expect(res.status).toBe(400);
  expect(res.body.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
  expect(res.body.data).toBeUndefined();
  return res;
}

describe('text limits', () => {
  it('refuses a 90 KB search, and one of 101 characters, before the search runs; 100 characters pass', async () => {
    const before = searches();
    const huge = await refusedAs('search', SEARCH, { s: 'a%_'.repeat(30_000) }, manager);
    expect(huge.body.errors?.[0].message).toMatch(/at most 100 characters/);
    await refusedAs('search', SEARCH, { s: 'x'.repeat(101) }, manager);
    // Written into the document instead of a variable.
    await refusedAs('search', `{ customers(filter: { search: "${'y'.repeat(101)}" }) { totalCount } }`, {}, manager);
    expect(searches()).toBe(before);
    const ok = await postGraphql(
      url,
      { query: SEARCH, variables: { s: 'z'.repeat(100) } },
      { authorization: `Bearer ${manager.token}` },
    );
    expect(ok.body.errors).toBeUndefined();
    expect(searches()).toBe(before + 1);
  });

  it('checks every request of a query text it has seen before: the values are measured each time, not remembered', async () => {
    const pass = (variables: Record<string, unknown>, query = SEARCH) =>
      postGraphql(url, { query, variables }, { authorization: `Bearer ${manager.token}` });
    expect((await pass({ s: 'short' })).body.errors).toBeUndefined();
    await refusedAs('search', SEARCH, { s: 'x'.repeat(101) }, manager);
    expect((await pass({ s: 'short again' })).body.errors).toBeUndefined();
    // A default value in the document text itself, after the same text passed with a short value.
    const withDefault = `query($s: String = "${'d'.repeat(101)}") { customers(first: 5, filter: { search: $s }) { totalCount } }`;
    expect((await pass({ s: 'short' }, withDefault)).body.errors).toBeUndefined();
    await refusedAs('search', withDefault, {}, manager);
  });

  it('bounds cursors and texts inside fragments and nested inputs', async () => {
    await refusedAs('after', `{ customers(after: "${'c'.repeat(101)}") { totalCount } }`, {}, manager);
    await refusedAs(
      'search',
      `query($f: CustomerFilter) { ...Q } fragment Q on Query { customers(filter: $f) { totalCount } }`,
      { f: { search: 'q'.repeat(101) } },
      manager,
    );
    // Or in a variable's default value, which applies when the variable is not sent.
    await refusedAs(
      'search',
      `query($s: String = "${'d'.repeat(101)}") { customers(filter: { search: $s }) { totalCount } }`,
      {},
      manager,
    );
    await refusedAs(
      'search',
      `query($f: CustomerFilter = { search: "${'e'.repeat(101)}" }) { customers(filter: $f) { totalCount } }`,
      {},
      manager,
    );
  });

  it('refuses a payment reference longer than its column without writing anything (was an internal error on MySQL)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner);
    const before = await count(app, 'payment');
    const PAY = `mutation($c: ID!, $r: String!, $k: String!) { recordPayment(customerId: $c, amount: "1.00", receivedOn: "2026-10-20", reference: $r, idempotencyKey: $k) { id } }`;
    await refusedAs('reference', PAY, { c: String(c.id), r: 'r'.repeat(101), k: `k-${Date.now()}` }, collector);
    await refusedAs('idempotencyKey', PAY, { c: String(c.id), r: 'ref', k: 'k'.repeat(101) }, collector);
    // Hidden in a variable's default value, which applies when the variable is not sent.
    const PAY_WITH_DEFAULT = PAY.replace('$r: String!', `$r: String = "${'r'.repeat(101)}"`);
    await refusedAs('reference', PAY_WITH_DEFAULT, { c: String(c.id), k: `k-${Date.now()}-d` }, collector);
    expect(await count(app, 'payment')).toBe(before);
  });

  it('refuses an over-long text in a nested input object, writing nothing', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const before = await count(app, 'customer');
    await refusedAs(
      'notes',
      `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`,
      {
        i: {
          name: `Long Notes ${Date.now()}`,
          contactName: 'Li',
          contactPhone: '13800000000',
          notes: 'n'.repeat(2001),
        },
      },
      owner,
    );
    expect(await count(app, 'customer')).toBe(before);
  });

  it('states the maximum in the description of every String argument and input field, and names only real ones', async () => {
    const schema = await buildBareSchema();
    const inputs = textInputs(schema);
    expect(inputs.length).toBeGreaterThan(50);
    const unstated = inputs.filter(
      ({ limit, target }) => !new RegExp(`\\b${limit} characters\\b`).test(target.description ?? ''),
    );
    expect(unstated.map((i) => i.coordinate)).toEqual([]);
    const coordinates = new Set(inputs.map((i) => i.coordinate));
    expect(Object.keys(TEXT_LIMITS).filter((c) => !coordinates.has(c))).toEqual([]);
    expect(inputs.find((i) => i.coordinate === 'CustomerFilter.search')?.limit).toBe(100);
  });
});
