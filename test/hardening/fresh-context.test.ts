import { Caller, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';

/** A fresh context per request: interleaved callers never see each other's identity or decisions. */
let app: TestApp;
let url: string;
beforeAll(async () => {
  app = await TestApp.start();
  // 200 requests at once from one address: above the per-address socket cap this test is not about.
  url = await app.listen({ maxConnectionsPerAddress: 0 });
});
afterAll(() => app.stop());

const OPERATIONS = {
  me: '{ me { id roles } }',
  audit: '{ auditEvents(first: 1) { totalCount } }',
  create:
    'mutation { createStaff(input: { name: "Never", email: "not-an-email", password: "Passw0rd1", roles: [SALESPERSON], department: MARKET }) { id } }',
};

function expected(kind: keyof typeof OPERATIONS, caller: Caller, isDirector: boolean) {
  if (kind === 'me')
    return { data: { me: { id: String(caller.staff.id), roles: [isDirector ? 'DIRECTOR' : 'SALESPERSON'] } } };
  if (kind === 'audit') return isDirector ? 'data' : 'FORBIDDEN';
  return isDirector ? 'BAD_USER_INPUT' : 'FORBIDDEN';
}

describe('per-request context', () => {
  it('keeps ~200 interleaved requests of a DIRECTOR and a SALESPERSON apart', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const sales = await app.staff(Role.SALESPERSON);
    const kinds = Object.keys(OPERATIONS) as Array<keyof typeof OPERATIONS>;
    const plan = Array.from({ length: 200 }, (_, i) => ({ kind: kinds[i % 3], isDirector: i % 2 === 0 }));
    const results = await Promise.all(
      plan.map(async ({ kind, isDirector }) => {
        const caller = isDirector ? director : sales;
        const res = await postGraphql(url, { query: OPERATIONS[kind] }, { authorization: `Bearer ${caller.token}` });
        return { kind, isDirector, caller, body: res.body };
      }),
    );
    const wrong = results.filter(({ kind, isDirector, caller, body }) => {
      const want = expected(kind, caller, isDirector);
      if (want === 'data')
        return (
          !!body.errors ||
          typeof (body.data as { auditEvents?: { totalCount?: number } })?.auditEvents?.totalCount !== 'number'
        );
      if (typeof want === 'string') return body.errors?.[0]?.extensions?.code !== want;
      return JSON.stringify(body) !== JSON.stringify(want);
    });
    expect(
      wrong.map((w) => `${w.kind} as ${w.isDirector ? 'DIRECTOR' : 'SALESPERSON'}: ${JSON.stringify(w.body)}`),
    ).toEqual([]);
    expect(results).toHaveLength(200);
  });
});
