import {
  GraphQLField,
  getNamedType,
  isLeafType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { errorCodes, TestApp, Caller } from '../support/app';
import { count, must, registration, run } from '../support/customer-factories';
import { buildBareSchema } from '../../src/schema';
import { Department, Role } from '../../src/domain/roles';
import { localDateIn } from '../../src/time';
import { isMultilineField } from '../../src/graphql/stored-text';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * No stored text holds control characters (NUL...) or bidi overrides (U+202E...): every string a
 * mutation receives is checked once, centrally, against the schema. Proved by walking every
 * mutation and every String/ID argument and input field of it (new mutations are walked too),
 * and through a few real mutations that nothing is written.
 */
let app: TestApp;
let caller: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  caller = await app.staff(Object.values(Role) as Role[], { department: Department.WAREHOUSE });
  // Also a department head, so that the sign-off mutations let the caller past their access rule.
  await app.db.query('INSERT INTO department_head (department, headId) VALUES (?, ?)', [
    Department.WAREHOUSE,
    caller.staff.id,
  ]);
});
afterAll(() => app.stop());

type Leaf = { path: Array<string | number>; name: string };

function valueFor(type: GraphQLInputType, name: string): unknown {
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, name);
  if (type instanceof GraphQLList) return [valueFor(type.ofType, name)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, f.name)]));
  }
  switch ((type as GraphQLScalarType).name) {
    case 'ID':
      return '1';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Money':
      return '1.00';
    case 'LocalDate':
      return localDateIn('Asia/Shanghai', new Date());
    case 'DateTimeISO':
      return new Date().toISOString();
    default:
      return `${name} text`;
  }
}

/** Every String or ID leaf reachable from an argument, with its path in the variables. */
function leaves(type: GraphQLInputType, name: string, path: Array<string | number>, seen = new Set<string>()): Leaf[] {
  if (type instanceof GraphQLNonNull) return leaves(type.ofType, name, path, seen);
  if (type instanceof GraphQLList) return leaves(type.ofType, name, [...path, 0], seen);
  if (type instanceof GraphQLInputObjectType) {
    if (seen.has(type.name)) return [];
    return Object.values(type.getFields()).flatMap((f) =>
      leaves(f.type, f.name, [...path, f.name], new Set([...seen, type.name])),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  return scalar === 'String' || scalar === 'ID' ? [{ path, name }] : [];
}

function setAt(target: any, path: Array<string | number>, value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
}

function operation(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // A scalar answer (markNotificationsRead's count) takes no selection.
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

describe('every mutation refuses control characters in every string it receives', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['U+202E right-to-left override', 'abc\u202Efdp.exe'],
    ['U+2066 left-to-right isolate', 'a\u2066b'],
    ['U+0007 bell', 'a\u0007b'],
    ['U+009B C1 control', 'a\u009Bb'],
  ])(
    '%s: BAD_USER_INPUT naming the field, before any resolver runs',
    async (_label, poison) => {
      const schema = await buildBareSchema();
      const unexpected: string[] = [];
      let walked = 0;
      for (const field of Object.values(schema.getMutationType()!.getFields())) {
        for (const arg of field.args) {
          for (const leaf of leaves(arg.type, arg.name, [arg.name])) {
            const vars: Record<string, unknown> = Object.fromEntries(
              field.args.map((a) => [a.name, valueFor(a.type, a.name)]),
            );
            setAt(vars, leaf.path, poison);
            const result = await app.exec(operation(field), vars, caller);
            walked++;
            const e = result.errors?.[0];
            if (e?.extensions?.code !== 'BAD_USER_INPUT' || e.extensions.field !== leaf.name) {
              unexpected.push(`${field.name} ${leaf.path.join('.')}: ${JSON.stringify(result.errors ?? result.data)}`);
            }
          }
        }
      }
      expect(unexpected).toEqual([]);
      expect(walked).toBeGreaterThan(50);
    },
    300_000,
  );
});

describe('stored text through real mutations', () => {
  const Register = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id name } }`;

  it.each([
    ['NUL in the company name', { name: 'Acme\u0000 Freight' }, 'name'],
    ['a bidi override in the company name', { name: 'Acme \u202Ethgierf' }, 'name'],
    ['a tab in the contact name (one line)', { contactName: 'Mr\tContact' }, 'contactName'],
    ['a line break in the company name (one line)', { name: 'Acme\nFreight' }, 'name'],
    ['NUL in the free-text notes', { notes: 'fine\u0000' }, 'notes'],
  ])('refuses %s and registers nothing', async (_label, overrides, field) => {
    const sales = await app.staff(Role.SALESPERSON);
    const before = await count(app, 'customer');
    const result = await run(app, sales, Register, { input: registration(overrides) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(await count(app, 'customer')).toBe(before);
  });

  it('keeps tabs and line breaks in free text (notes, address, details...)', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const { registerCustomer } = await must(app, sales, Register, {
      input: registration({ notes: 'line one\nline two\r\n\tindented', address: 'Building 3\nRoom 101' }),
    });
    const row = (
      await app.db.query('SELECT notes, address FROM customer WHERE id = ?', [Number(registerCustomer.id)])
    )[0];
    expect(row).toEqual({ notes: 'line one\nline two\r\n\tindented', address: 'Building 3\nRoom 101' });
    const intent = await run(
      app,
      sales,
      `mutation($c: ID!, $d: String!) { reportCustomerIntent(customerId: $c, details: $d) { id } }`,
      { c: registerCustomer.id, d: 'Volume:\n- 20 t/month' },
    );
    expect(errorCodes(intent)).toEqual([]);
  });

  it('names which fields are free text', () => {
    for (const name of [
      'details',
      'notes',
      'note',
      'reason',
      'rejectReason',
      'retentionActions',
      'description',
      'summary',
      'address',
      'goods',
      'comments',
    ])
      expect(isMultilineField(name)).toBe(true);
    for (const name of [
      'name',
      'contactName',
      'email',
      'phone',
      'creditCode',
      'invoiceNo',
      'reference',
      'password',
      'title',
    ])
      expect(isMultilineField(name)).toBe(false);
  });

  it('refuses NUL in a sign-in email before any attempt is counted', async () => {
    const result = await run(app, null, `mutation { login(email: "a\\u0000@test.example", password: "x") { token } }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('email');
    expect(await count(app, 'login_attempt')).toBe(0);
  });
});
