/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read by the shape each request asked for */
import fs from 'node:fs';
import path from 'node:path';
import { captureLogs, Caller, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { ClientOperations } from '../../src/http/client-operations';
import { HTTP_STATUS_BY_CODE } from '../../src/http/operation-bridge';
import { Role } from '../../src/domain/roles';

/**
 * The side doors (CSV downloads, the printable statement) go through one bridge into the API:
 * client operations of schema/operations, run by executeOperation with /graphql's context, refused
 * with one code-to-status table. Over real HTTP, on a plain server and on one that runs only its
 * trusted documents.
 */
const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'client/generated/persisted-documents.json');

describe('the client operations the server reads', () => {
  it('are byte for byte the persisted documents manifest, one entry each', () => {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    const ops = ClientOperations.load().all();
    expect(ops.map((o) => o.text).sort()).toEqual(Object.values(manifest).sort());
  });

  it("server code never imports the client package's generated files", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (
          e.name.endsWith('.ts') &&
          /from\s+'[^']*client\/generated|require\(\s*'[^']*client\/generated/.test(fs.readFileSync(full, 'utf8'))
        )
          offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe.each([
  ['any operation', {}],
  ['trusted documents only', { trustedDocuments: MANIFEST }],
])('side doors on a server running %s', (_label, overrides) => {
  let app: TestApp;
  let url: string;
  let collector: Caller;
  let owner: Caller;
  let statementId: string;
  const logs = captureLogs();
  beforeAll(async () => {
    app = await TestApp.start(overrides, { logger: logs.logger });
    url = await app.listen();
    collector = await app.staff(Role.COLLECTOR);
    owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { name: `侧门客户 ${Date.now()}` });
    // Through the client operations themselves: they are what a trusted server runs.
    const ops = ClientOperations.load();
    const input = {
      customerId: String(c.id),
      waybillNo: `SD-${Date.now()}`,
      shippedOn: '2026-02-03',
      origin: '上海',
      destination: '杭州',
      weightKg: 10,
      pieces: 1,
      countingFee: '0',
      handlingFee: '0',
      otherFee: '0',
    };
    await app.ok(ops.get('RecordConsignment').text, { input }, collector);
    const issued = await app.ok<any, Record<string, unknown>>(
      ops.get('IssueStatement').text,
      { customerId: String(c.id), periodStart: '2026-02-01', periodEnd: '2026-02-28' },
      collector,
    );
    statementId = issued.issueStatement.id;
  });
  afterAll(() => app.stop());

  const get = async (p: string, token?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${p}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  const print = (id: string, token?: string) => get(`/statements/${id}/print`, token);
  const csv = (query: string, token?: string) => get(`/reports/monthly-receivables.csv${query}`, token);

  it('serve the caller the API serves', async () => {
    const page = await print(statementId, collector.token);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.text).toContain('侧门客户');
    expect((await print(statementId, owner.token)).status).toBe(200);
    const file = await csv('?month=2026-02', collector.token);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
  });

  it('401 without a token or with a bad one', async () => {
    for (const token of [undefined, 'not-a-token']) {
      expect((await print(statementId, token)).status).toBe(401);
      expect((await csv('?month=2026-02', token)).status).toBe(401);
    }
    // Asked for the caller first: a bad parameter from nobody is still 401.
    expect((await print('abc')).status).toBe(401);
    expect((await csv('?month=oct')).status).toBe(401);
  });

  it('403 for a role the API refuses', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    expect((await print(statementId, clerk.token)).status).toBe(403);
    expect((await csv('?month=2026-02', owner.token)).status).toBe(403);
  });

  it('404 for what the caller cannot see or that does not exist', async () => {
    const stranger = await app.staff(Role.SALESPERSON);
    expect((await print(statementId, stranger.token)).status).toBe(404);
    expect((await print('99999999', collector.token)).status).toBe(404);
    expect((await get('/reports/nothing.csv', collector.token)).status).toBe(404);
  });

  it('400 for a malformed id or parameter, naming it', async () => {
    const badId = await print('abc', collector.token);
    expect(badId.status).toBe(400);
    expect(JSON.parse(badId.text)).toMatchObject({ error: 'BAD_USER_INPUT', message: expect.stringMatching(/^id: /) });
    const badMonth = await csv('?month=2026-13', collector.token);
    expect(badMonth.status).toBe(400);
    expect(JSON.parse(badMonth.text)).toMatchObject({
      error: 'BAD_USER_INPUT',
      message: expect.stringMatching(/month/),
    });
  });

  it('run with the request id of the request, like /graphql', async () => {
    await get(`/statements/${statementId}/print`, collector.token, { 'x-request-id': 'side-door-print-1' });
    await get('/reports/monthly-receivables.csv?month=2026-02', collector.token, { 'x-request-id': 'side-door-csv-1' });
    expect(logs.lines.find((l) => l.requestId === 'side-door-print-1' && l.msg === 'graphql')).toMatchObject({
      operationName: 'Statement',
      actorId: collector.staff.id,
    });
    expect(logs.lines.find((l) => l.requestId === 'side-door-csv-1' && l.msg === 'graphql')).toMatchObject({
      operationName: 'MonthlyReceivablesReport',
    });
  });
});

it('one table maps the codes the side doors answer to HTTP statuses', () => {
  expect(HTTP_STATUS_BY_CODE).toMatchObject({
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    BAD_USER_INPUT: 400,
  });
});
