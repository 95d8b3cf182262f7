import { parse, getOperationAST } from 'graphql';
import { captureLogs, Caller, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { buildAppSchema } from '../../src/schema';
import {
  DEFAULT_LIMITS,
  INTROSPECTION_TYPE_REF_DEPTH,
  MAX_TOKENS,
  MAX_VALIDATION_ERRORS,
  measureOperation,
  OperationMeasures,
} from '../../src/http/limits';
import fc from 'fast-check';
import { StaffResolver } from '../../src/features/staff/staff.resolver';

/**
 * Abuse limits: every refusal is a 400 with a clear code, and no resolver runs (the services the
 * resolvers call are spied on).
 */
let app: TestApp;
let url: string;
let director: Caller;
let resolverCalls: () => number;

beforeAll(async () => {
  app = await TestApp.start({}, { logger: captureLogs().logger });
  url = await app.listen();
  director = await app.staff(Role.DIRECTOR);
  const spies = [
    jest.spyOn(app.server.services.audit, 'list'),
    // `me` answers from the request's caller, through no service.
    jest.spyOn(StaffResolver.prototype, 'me'),
    jest.spyOn(app.server.services.staff, 'list'),
    jest.spyOn(app.server.services.staff, 'departmentHeads'),
  ];
  resolverCalls = () => spies.reduce((n, s) => n + s.mock.calls.length, 0);
});
afterAll(() => app.stop());

async function refused(query: string, code: string, variables?: Record<string, unknown>) {
  const before = resolverCalls();
  const started = Date.now();
  const res = await postGraphql(url, { query, variables }, { authorization: `Bearer ${director.token}` });
  expect({ status: res.status, codes: res.body.errors?.map((e) => e.extensions?.code) }).toEqual({
    status: 400,
    codes: [code],
  });
  expect(res.body.data).toBeUndefined();
  expect(resolverCalls()).toBe(before);
  expect(Date.now() - started).toBeLessThan(3000);
  return res;
}

async function accepted(query: string, variables?: Record<string, unknown>) {
  const before = resolverCalls();
  const res = await postGraphql(url, { query, variables }, { authorization: `Bearer ${director.token}` });
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return { res, calls: resolverCalls() - before };
}

const AUDIT_PAGE = (first: string) =>
  `auditEvents(first: ${first}) { edges { node { id action entityType entityId summary at actor { id name email roles department active createdAt } } } }`;

describe('depth', () => {
  // Our types nest at most 5 deep today, and graphql-js already caps introspection depth: a server
  // with a lower limit proves the check is wired; the measure itself is checked on the schema.
  it('refuses an operation nested deeper than the limit, through named and inline fragments', async () => {
    const narrow = await TestApp.start({}, { limits: { ...DEFAULT_LIMITS, maxDepth: 4 } });
    try {
      const narrowUrl = await narrow.listen();
      const boss = await narrow.staff(Role.DIRECTOR);
      const list = jest.spyOn(narrow.server.services.audit, 'list');
      for (const query of [
        `{ auditEvents { edges { node { actor { id } } } } }`,
        `{ auditEvents { ...E } } fragment E on AuditEventConnection { edges { ... on AuditEventEdge { node { actor { id } } } } }`,
      ]) {
        const res = await postGraphql(narrowUrl, { query }, { authorization: `Bearer ${boss.token}` });
        expect({ status: res.status, codes: res.body.errors?.map((e) => e.extensions?.code) }).toEqual({
          status: 400,
          codes: ['QUERY_TOO_DEEP'],
        });
      }
      expect(list).not.toHaveBeenCalled();
      const ok = await postGraphql(
        narrowUrl,
        { query: `{ auditEvents { edges { node { id } } } }` },
        { authorization: `Bearer ${boss.token}` },
      );
      expect(ok.body.errors).toBeUndefined();
      expect(list).toHaveBeenCalledTimes(1);
    } finally {
      await narrow.stop();
    }
  });

  it(`measures depth through fragments; the default limit is ${DEFAULT_LIMITS.maxDepth}`, async () => {
    const schema = await buildAppSchema();
    const depth = (q: string) => {
      const doc = parse(q);
      return measureOperation(schema, doc, getOperationAST(doc)!, {}).depth;
    };
    expect(depth(`{ auditEvents { edges { node { actor { id } } } } }`)).toBe(5);
    expect(
      depth(
        `{ auditEvents { ...E } } fragment E on AuditEventConnection { edges { ... on AuditEventEdge { node { actor { id } } } } }`,
      ),
    ).toBe(5);
    let s = 'name';
    for (let i = 0; i < 5; i++) s = `fields { type { ${s} } }`;
    expect(depth(`{ __schema { types { ${s} } } }`)).toBe(13);
    const chain = (n: number) => `{ __type(name: "Staff") { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } }`;
    expect(depth(chain(INTROSPECTION_TYPE_REF_DEPTH))).toBe(2);
    expect(depth(chain(INTROSPECTION_TYPE_REF_DEPTH + 1))).toBe(3);
    expect(depth(chain(25))).toBe(2 + 25 - INTROSPECTION_TYPE_REF_DEPTH);
    expect(
      depth(
        `{ __type(name: "Staff") { ...R } } fragment R on __Type { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} }`,
      ),
    ).toBe(2 + 25 - INTROSPECTION_TYPE_REF_DEPTH);
  });

  it('accepts an ordinary nested query and the standard introspection query', async () => {
    const { calls } = await accepted(`{ ${AUDIT_PAGE('5')} me { id } }`);
    expect(calls).toBe(2);
    const { getIntrospectionQuery } = await import('graphql');
    await accepted(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
  });
});

describe('introspection type references', () => {
  it('refuses a 25-deep ofType chain, which the standard introspection query never needs', async () => {
    await refused(`{ __type(name: "Staff") { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } }`, 'QUERY_TOO_DEEP');
    await accepted(
      `{ __type(name: "Staff") { ${'ofType { '.repeat(INTROSPECTION_TYPE_REF_DEPTH)}name${' }'.repeat(INTROSPECTION_TYPE_REF_DEPTH)} } }`,
    );
  });
});

describe('validation errors', () => {
  it(`stops after ${MAX_VALIDATION_ERRORS} errors, however many mistakes the document has`, async () => {
    const fields = Array.from({ length: 10 }, (_, i) => `__typename @unknown${i}`).join(' ');
    const res = await postGraphql(url, { query: `{ ${fields} }` }, { authorization: `Bearer ${director.token}` });
    expect(res.status).toBe(400);
    const messages = (res.body.errors ?? []).map((e) => e.message);
    expect(messages.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
    expect(messages.filter((m) => /Unknown directive/.test(m))).toHaveLength(MAX_VALIDATION_ERRORS);
    expect(res.body.errors?.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    const unknownFields = await postGraphql(
      url,
      { query: `{ ${Array.from({ length: 10 }, (_, i) => `nope${i}`).join(' ')} }` },
      { authorization: `Bearer ${director.token}` },
    );
    expect(unknownFields.body.errors?.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
  });
});

describe('aliases', () => {
  it(`refuses more than ${DEFAULT_LIMITS.maxAliases} aliases, __typename aliases included`, async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    await refused(`{ ${fields} }`, 'TOO_MANY_ALIASES');
  });

  it("counts a fragment's aliases each time it is spread", async () => {
    const inner = Array.from({ length: 10 }, (_, i) => `n${i}: name`).join(' ');
    await refused(`{ me { ...S } a: me { ...S } b: me { ...S } } fragment S on Staff { ${inner} }`, 'TOO_MANY_ALIASES');
    const { calls } = await accepted(`{ me { ...S } a: me { ...S } } fragment S on Staff { ${inner} }`);
    expect(calls).toBe(2);
  });

  it('refuses an alias bomb on a resolver field without running it', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `m${i}: me { id }`).join(' ');
    await refused(`{ ${fields} }`, 'TOO_MANY_ALIASES');
  });
});

describe('directives', () => {
  it(`refuses more than ${DEFAULT_LIMITS.maxDirectives} directives`, async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '__typename @include(if: true)').join(
      ' ',
    );
    await refused(`{ ${fields} }`, 'TOO_MANY_DIRECTIVES');
  });
});

describe('cost', () => {
  const pages = (n: number, first: string) =>
    Array.from({ length: n }, (_, i) => `p${i}: ${AUDIT_PAGE(first)}`).join(' ');

  it('multiplies what a paged field selects by `first`', async () => {
    await refused(`{ ${pages(7, '100')} }`, 'QUERY_TOO_COMPLEX');
    const { calls } = await accepted(`{ ${pages(7, '5')} }`);
    expect(calls).toBe(7);
  });

  it('reads `first` from the variables', async () => {
    const query = `query Pages($n: Int) { ${pages(7, '$n')} }`;
    await refused(query, 'QUERY_TOO_COMPLEX', { n: 100 });
    await accepted(query, { n: 5 });
  });

  it("counts a `first` variable that is not sent at its definition's default, as execution will use it", async () => {
    await refused(`query DefaultPages($n: Int = 100) { ${pages(7, '$n')} }`, 'QUERY_TOO_COMPLEX');
    await accepted(`query SmallDefaultPages($n: Int = 5) { ${pages(7, '$n')} }`);
    // A value sent overrides the default, both ways.
    await accepted(`query DefaultPages($n: Int = 100) { ${pages(7, '$n')} }`, { n: 5 });
    await refused(`query SmallDefaultPages($n: Int = 5) { ${pages(7, '$n')} }`, 'QUERY_TOO_COMPLEX', { n: 100 });
  });

  it('measures the same text again for another page size (measures are kept per operation and page sizes)', async () => {
    const query = `query PagesAgain($n: Int) { ${pages(7, '$n')} }`;
    await accepted(query, { n: 5 });
    await refused(query, 'QUERY_TOO_COMPLEX', { n: 100 });
    await accepted(query, { n: 5 });
    await refused(query, 'QUERY_TOO_COMPLEX', { n: 100 });
  });

  it('keeps for an operation exactly what measuring it afresh gives, whatever the variables and their order', async () => {
    const schema = await buildAppSchema();
    const doc = parse(
      `query($a: Int, $b: Int = 100, $c: Int) { x: ${AUDIT_PAGE('$a')} ...F } fragment F on Query { y: auditEvents(first: $b) { edges { node { id } } } z: auditEvents { totalCount } w: staffMembers(first: $c) { edges { node { id } } } }`,
    );
    const op = getOperationAST(doc)!;
    const size = fc.option(fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constant(1e9), fc.constant('7')), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: size, b: size, c: size, other: fc.integer() }), { maxLength: 40 }),
        (runs) => {
          const measures = new OperationMeasures(schema);
          for (const variables of runs)
            expect(measures.measure(doc, op, variables)).toEqual(measureOperation(schema, doc, op, variables));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts an omitted `first` as the default page and caps a huge one at 100', async () => {
    const schema = await buildAppSchema();
    const cost = (q: string, variables: Record<string, unknown> = {}) => {
      const doc = parse(q);
      return measureOperation(schema, doc, getOperationAST(doc)!, variables).cost;
    };
    const page = (first: string) => `auditEvents${first} { edges { node { id } } }`;
    expect(cost(`{ ${page('')} }`)).toBe(1 + 20 * 3);
    expect(cost(`{ ${page('(first: 7)')} }`)).toBe(1 + 7 * 3);
    expect(cost(`{ ${page('(first: 100000)')} }`)).toBe(1 + 100 * 3);
    expect(cost(`query($n: Int) { ${page('(first: $n)')} }`, { n: 100000 })).toBe(1 + 100 * 3);
    expect(cost(`query($n: Int) { ${page('(first: $n)')} }`, {})).toBe(1 + 20 * 3);
  });
});

describe('fragment bombs and cycles', () => {
  it('refuses a fan-out bomb (each fragment spreads the next twice) fast', async () => {
    const levels = 40;
    const defs = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { x: __typename }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    await refused(`{ ...F0 } ${defs.join(' ')}`, 'TOO_MANY_ALIASES');
  });

  it('measures a doubling fragment chain in linear time', async () => {
    const schema = await buildAppSchema();
    const levels = 60;
    const defs = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { me { id } }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const doc = parse(`{ ...F0 } ${defs.join(' ')}`);
    const started = Date.now();
    const m = measureOperation(schema, doc, getOperationAST(doc)!, {});
    expect(Date.now() - started).toBeLessThan(200);
    expect(m.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('refuses a fragment cycle in validation, and the measure never loops on one', async () => {
    await refused(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, 'GRAPHQL_VALIDATION_FAILED');
    const schema = await buildAppSchema();
    const doc = parse(`{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }`);
    const m = measureOperation(schema, doc, getOperationAST(doc)!, {});
    expect(m.cost).toBe(Infinity);
  });
});

describe('document size', () => {
  it(`refuses a document of more than ${MAX_TOKENS} tokens before parsing it all`, async () => {
    await refused(`{ ${'__typename '.repeat(MAX_TOKENS + 10)} }`, 'QUERY_TOO_LARGE');
  });
});
