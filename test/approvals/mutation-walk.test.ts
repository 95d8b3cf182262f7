import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { graphql } from '../generated';
import { TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, recordConsignment } from '../support/money-factories';
import { buildBareSchema } from '../../src/schema';
import { Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { localDateIn } from '../../src/time';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Walks every mutation of the schema, calling each as a DIRECTOR and as a MANAGER with generated
 * arguments that point at a customer and its consignment, and proves that none but the approval
 * path (the allow-list) changes a customer's rate or settlement method, waives a fee, grants
 * credit (an arrears consent) or moves a due date. New mutations are walked automatically.
 */
const ALLOWED = ['approveRequest', 'signOperationNotice'];

// The fixed operations that set the scene and prove the allow-listed path; the walked mutations themselves are built
// from the schema at run time (operation() below) and stay plain strings.
const RequestRateChange = graphql(`
  mutation MutationWalkRequestRateChange($c: ID!) {
    requestRateChange(customerId: $c, newRate: "1.00", reason: "r") {
      id
    }
  }
`);
const RequestFreeShipment = graphql(`
  mutation MutationWalkRequestFreeShipment($c: ID!) {
    requestFreeShipment(consignmentId: $c, reason: "r") {
      id
    }
  }
`);
const RequestSettlementChange = graphql(`
  mutation MutationWalkRequestSettlementChange($c: ID!) {
    requestSettlementChange(customerId: $c, method: MONTHLY, reason: "r") {
      id
    }
  }
`);
const RequestArrears = graphql(`
  mutation MutationWalkRequestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "1.00", promisedDate: $d, reason: "r") {
      id
    }
  }
`);
const ApproveRequest = graphql(`
  mutation MutationWalkApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

function valueFor(type: GraphQLInputType, name: string, id: string): unknown {
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, name, id);
  if (type instanceof GraphQLList) return [valueFor(type.ofType, name, id)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, f.name, id)]));
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'ID':
      return id;
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
      return `${name}-x`;
  }
}

function operation(field: string, args: readonly GraphQLArgument[]): string {
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${defs ? `(${defs})` : ''} { ${field}${call ? `(${call})` : ''} { __typename } }`;
}

it('no mutation outside the allow-list changes rates, settlement, waives fees or grants credit', async () => {
  const schema = await buildBareSchema();
  const fields = Object.values(schema.getMutationType()!.getFields());
  expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(ALLOWED));
  const owner = await app.staff(Role.SALESPERSON);
  const collector = await app.staff(Role.COLLECTOR);
  const customer = await makeCustomer(app, owner);
  const consignment = await recordConsignment(app, collector, customer.id, { shippedOn: '2026-10-05' });
  // A confirmed statement: its due date must not move either.
  await recordConsignment(app, collector, customer.id, { shippedOn: '2026-01-05' });
  const billed = await issueStatement(app, collector, customer.id, '2026-01-01', '2026-01-31');
  await confirmStatement(app, collector, billed.id);
  const snapshot = async () => {
    const c = await app.db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    const freight = (await app.db.query('SELECT freight FROM consignment WHERE id = ?', [Number(consignment.id)]))[0]
      .freight;
    const due = await app.db.query(
      'SELECT r.dueDate AS r, s.dueDate AS s FROM receivable r JOIN statement s ON s.id = r.statementId WHERE s.id = ?',
      [Number(billed.id)],
    );
    return {
      rate: c.freightRate,
      method: c.settlementMethod,
      freight: Number(freight),
      consents: await count(app, 'arrears_consent'),
      rates: await count(app, 'customer_rate'),
      dueDates: [String(due[0].r).slice(0, 10), String(due[0].s).slice(0, 10)],
    };
  };
  const before = await snapshot();
  // Pending requests of every kind exist, so a mutation that wrongly decided them would show.
  await app.ok(RequestRateChange, { c: String(customer.id) }, owner);
  await app.ok(RequestFreeShipment, { c: consignment.id }, owner);
  await app.ok(RequestSettlementChange, { c: String(customer.id) }, owner);
  const inAMonth = localDateIn('Asia/Shanghai', new Date(Date.now() + 30 * 86_400_000));
  await app.ok(RequestArrears, { c: String(customer.id), d: inAMonth }, owner);
  const requestIds: string[] = (
    await app.db.query('SELECT id FROM approval_request WHERE customerId = ?', [customer.id])
  ).map((r: any) => String(r.id));
  const callers: Array<[Role, Caller]> = [
    [Role.DIRECTOR, await app.staff(Role.DIRECTOR)],
    [Role.MANAGER, await app.staff(Role.MANAGER)],
  ];
  let walked = 0;
  for (const field of fields) {
    if (ALLOWED.includes(field.name)) continue;
    for (const [role, caller] of callers) {
      for (const id of [String(customer.id), consignment.id, billed.id, ...requestIds]) {
        const vars = Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, a.name, id)]));
        await app.exec(operation(field.name, field.args), vars, caller);
        walked++;
        // A walked staff mutation may have hit the caller's own account (deactivated, signed out): restore it.
        await app.db.query('UPDATE staff SET active = 1, tokenVersion = 0 WHERE id = ?', [caller.staff.id]);
        await app.db.query('DELETE FROM staff_role WHERE staffId = ?', [caller.staff.id]);
        await app.db.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [caller.staff.id, role]);
      }
    }
  }
  expect(walked).toBeGreaterThan(fields.length);
  expect(await snapshot()).toEqual(before);
  // And the allow-listed path does change them (so the snapshot would have caught it).
  const fresh = await app.ok(RequestRateChange, { c: String(customer.id) }, owner);
  await app.ok(ApproveRequest, { id: fresh.requestRateChange.id }, await app.staff(Role.DIRECTOR));
  expect((await snapshot()).rate).not.toBe(before.rate);
}, 300_000);
