import { buildSchema, getNamedType, GraphQLArgument, GraphQLInputField, isInputObjectType } from 'graphql';
import { readFileSync } from 'fs';
import { join } from 'path';
import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';
import { seedDemoCompany } from '../../src/seed/demo-seed';

const Approve = graphql(`
  mutation NoHoleApprove($id: ID!) {
    approveRequest(id: $id) {
      status
    }
  }
`);
const Record = graphql(`
  mutation NoHoleRecord($input: RecordConsignmentInput!) {
    recordConsignment(input: $input) {
      id
      freight
      rate
    }
  }
`);
const Register = graphql(`
  mutation NoHoleRegister($i: RegisterCustomerInput!) {
    registerCustomer(input: $i) {
      id
      freightRate
    }
  }
`);
const FirstRate = graphql(`
  mutation NoHoleFirstRate($c: ID!) {
    requestRateChange(customerId: $c, newRate: "320.00", reason: "首次运价") {
      id
      oldRate
    }
  }
`);
const ZeroRate = graphql(`
  mutation NoHoleZeroRate($c: ID!) {
    requestRateChange(customerId: $c, newRate: "0.00", reason: "免运费") {
      id
    }
  }
`);
const CustomerRate = graphql(`
  query NoHoleCustomerRate($c: ID!) {
    customer(id: $c) {
      freightRate
    }
  }
`);
const FreeShipment = graphql(`
  mutation NoHoleFreeShipment($id: ID!) {
    requestFreeShipment(consignmentId: $id, reason: "货损补偿") {
      id
    }
  }
`);
const Issue = graphql(`
  mutation NoHoleIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {
    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {
      id
    }
  }
`);
const IssueWithLines = graphql(`
  mutation NoHoleIssueWithLines($c: ID!, $s: LocalDate!, $e: LocalDate!) {
    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {
      id
      total
      lines {
        kind
        amount
        late
        description
      }
    }
  }
`);
const Void = graphql(`
  mutation NoHoleVoid($id: ID!, $reason: String!) {
    voidStatement(id: $id, reason: $reason) {
      id
    }
  }
`);
const RecordOccupancy = graphql(`
  mutation NoHoleRecordOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {
    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {
      id
      fromDate
      toDate
    }
  }
`);
const EndOccupancy = graphql(`
  mutation NoHoleEndOccupancy($id: ID!, $d: LocalDate!) {
    endStorageOccupancy(id: $id, lastDay: $d) {
      id
      fromDate
      toDate
    }
  }
`);
const Pay = graphql(`
  mutation NoHolePay($c: ID!, $d: LocalDate!, $k: String!) {
    recordPayment(customerId: $c, amount: "10.00", receivedOn: $d, reference: "R", idempotencyKey: $k) {
      id
    }
  }
`);
const Arrears = graphql(`
  mutation NoHoleArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "100.00", promisedDate: $d, reason: "r") {
      id
    }
  }
`);
const Pickup = graphql(`
  mutation NoHolePickup($c: ID!, $d: LocalDate!) {
    createPickupNotice(customerId: $c, pickupDate: $d, goods: "箱") {
      id
    }
  }
`);
const Aging2099 = graphql(`
  query NoHoleAging2099 {
    agingReport(asOf: "2099-01-01") {
      asOf
    }
  }
`);
const PlanVisit = graphql(`
  mutation NoHolePlanVisit($i: PlanVisitInput!) {
    planVisit(input: $i) {
      id
    }
  }
`);
const MonthlyReceivables = graphql(`
  query NoHoleMonthlyReceivables($m: String!) {
    monthlyReceivablesReport(month: $m) {
      totals {
        closing
      }
    }
  }
`);
const Payroll = graphql(`
  query NoHolePayroll($m: String!) {
    payrollSummary(month: $m) {
      fines
    }
  }
`);

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let collector: Caller;
let manager: Caller;
let owner: Caller;
let clerk: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  manager = await app.staff(Role.MANAGER);
  owner = await app.staff(Role.SALESPERSON);
  clerk = await app.staff(Role.ORDER_CLERK);
});
afterAll(() => app.stop());
const today = () => localDateIn('Asia/Shanghai', new Date());
const approve = (id: string) => app.ok(Approve, { id }, manager);
const consignmentInput = (customerId: number, extra: Record<string, unknown> = {}) => ({
  customerId: String(customerId),
  waybillNo: `NH-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
  shippedOn: '2026-09-05',
  origin: '上海',
  destination: '杭州',
  weightKg: 1000,
  pieces: 1,
  ...extra,
});
/** The one error's code and the field it names. */
const refusal = (result: any) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});

describe('no freight rate until one is approved', () => {
  it('a registered customer has no rate; its consignments are RATE_NOT_APPROVED until a leader approves one, from the approval day', async () => {
    const reg = await app.ok(
      Register,
      { i: { name: `无运价客户 ${Date.now()}`, contactName: '王先生', contactPhone: `137${Date.now() % 100000000}` } },
      owner,
    );
    expect(reg.registerCustomer.freightRate).toBeNull();
    const id = Number(reg.registerCustomer.id);
    const refused = await app.exec(Record, { input: consignmentInput(id, { shippedOn: today() }) }, collector);
    expect(errorCodes(refused)).toEqual(['RATE_NOT_APPROVED']);
    expect(refused.errors![0].message).toMatch(/no approved freight rate/);
    expect(await count(app, 'consignment', 'customerId = ?', [id])).toBe(0);

    const r = await app.ok(FirstRate, { c: String(id) }, owner);
    expect(r.requestRateChange.oldRate).toBeNull();
    // Filed but not approved: still nothing ships.
    expect(
      errorCodes(await app.exec(Record, { input: consignmentInput(id, { shippedOn: today() }) }, collector)),
    ).toEqual(['RATE_NOT_APPROVED']);
    await approve(r.requestRateChange.id);
    const shipped: any = await app.ok(Record, { input: consignmentInput(id, { shippedOn: today() }) }, collector);
    expect(shipped.recordConsignment).toMatchObject({ rate: '320.00', freight: '320.00' });
    // The approved rate applies from the approval day on, not to goods shipped before it.
    expect(
      errorCodes(
        await app.exec(Record, { input: consignmentInput(id, { shippedOn: addDays(today(), -1) }) }, collector),
      ),
    ).toEqual(['RATE_NOT_APPROVED']);
    const customer = await app.ok(CustomerRate, { c: String(id) }, manager);
    expect(customer.customer?.freightRate).toBe('320.00');
  });

  it('the demo company reaches its rates through approved requests only', async () => {
    const demo = await TestApp.start();
    try {
      expect(await seedDemoCompany(demo.db, demo.config)).toBe(true);
      const n = async (sql: string) => Number((await demo.db.query(sql))[0].n);
      expect(await n('SELECT COUNT(*) AS n FROM customer WHERE freightRate IS NOT NULL')).toBeGreaterThan(0);
      // Every rate in force, and every rate in the history, was set by an approved rate change.
      expect(
        await n(
          "SELECT COUNT(*) AS n FROM customer c WHERE c.freightRate IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_rate r JOIN approval_request a ON a.id = r.requestId WHERE r.customerId = c.id AND a.status = 'APPROVED' AND a.kind = 'RATE_CHANGE')",
        ),
      ).toBe(0);
      expect(await n('SELECT COUNT(*) AS n FROM customer_rate WHERE requestId IS NULL')).toBe(0);
      expect(await n("SELECT COUNT(*) AS n FROM customer WHERE status = 'PROSPECT' AND freightRate IS NOT NULL")).toBe(
        0,
      );
    } finally {
      await demo.stop();
    }
  });

  it('freight is zero only after an approved free shipment', async () => {
    const c = await makeCustomer(app, owner);
    // Not by a zero rate.
    const zero = await app.exec(ZeroRate, { c: String(c.id) }, owner);
    expect(refusal(zero)).toEqual({ code: 'BAD_USER_INPUT', field: 'newRate' });
    expect(await count(app, 'approval_request', 'customerId = ?', [c.id])).toBe(0);
    const made: any = await app.ok(Record, { input: consignmentInput(c.id) }, collector);
    expect(made.recordConsignment.freight).toBe('300.00');
    const fs = await app.ok(FreeShipment, { id: made.recordConsignment.id }, owner);
    expect(
      (await app.db.query('SELECT freight FROM consignment WHERE id = ?', [Number(made.recordConsignment.id)]))[0]
        .freight,
    ).not.toBe(0);
    await approve(fs.requestFreeShipment.id);
    expect(
      Number(
        (await app.db.query('SELECT freight FROM consignment WHERE id = ?', [Number(made.recordConsignment.id)]))[0]
          .freight,
      ),
    ).toBe(0);
  });
});

describe('every consignment is billed exactly once', () => {
  const linesOf = (id: number) =>
    app.db.query(
      'SELECT l.statementId AS statementId FROM statement_line l JOIN statement s ON s.id = l.statementId WHERE l.consignmentId = ? AND s.status <> ?',
      [id, 'VOID'],
    );

  it('one recorded after its period was confirmed goes on the next statement, marked late', async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-08-05' });
    const aug = await issueStatement(app, collector, c.id, '2026-08-01', '2026-08-31');
    await confirmStatement(app, collector, aug.id);
    const late = await recordConsignment(app, collector, c.id, { shippedOn: '2026-08-20' });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-09-05' });
    const sep = await app.ok(IssueWithLines, { c: String(c.id), s: '2026-09-01', e: '2026-09-30' }, collector);
    const lines = sep.issueStatement.lines!;
    expect(lines.map((l) => [l.kind, l.amount, l.late])).toEqual([
      ['CONSIGNMENT', '300.00', true],
      ['CONSIGNMENT', '300.00', false],
    ]);
    expect(lines[0].description).toContain('2026-08-20');
    expect(lines[0].description).toContain('补记');
    expect(sep.issueStatement.total).toBe('600.00');
    expect(await linesOf(Number(late.id))).toHaveLength(1);
    // And never again.
    const oct = await app.exec(Issue, { c: String(c.id), s: '2026-10-01', e: '2026-10-31' }, collector);
    expect(errorCodes(oct)).toEqual(['BAD_USER_INPUT']); // nothing left to bill
    expect(await linesOf(Number(late.id))).toHaveLength(1);
  });

  it('void then reissue: the released consignments are billed once on the new statement, in any period after them', async () => {
    const c = await makeCustomer(app, owner);
    const a = await recordConsignment(app, collector, c.id, { shippedOn: '2026-07-03' });
    const b = await recordConsignment(app, collector, c.id, { shippedOn: '2026-07-20' });
    const july = await issueStatement(app, collector, c.id, '2026-07-01', '2026-07-31');
    await app.ok(Void, { id: july.id, reason: '重新对账' }, collector);
    const again = await issueStatement(app, collector, c.id, '2026-07-01', '2026-07-31');
    expect(again.lines).toHaveLength(2);
    await app.ok(Void, { id: again.id, reason: '再次重开' }, collector);
    // Released, they are not lost when the next statement is for a later period.
    const august = await issueStatement(app, collector, c.id, '2026-08-01', '2026-08-31');
    expect(august.lines).toHaveLength(2);
    for (const x of [a, b]) expect(await linesOf(Number(x.id))).toHaveLength(1);
  });

  it('overlapping periods are CONFLICT; two statements issued at once bill each consignment once', async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-06-10' });
    const june = await issueStatement(app, collector, c.id, '2026-06-01', '2026-06-30');
    const overlap = await app.exec(Issue, { c: String(c.id), s: '2026-06-15', e: '2026-07-15' }, collector);
    expect(errorCodes(overlap)).toEqual(['CONFLICT']);
    await app.ok(Void, { id: june.id, reason: 'redo' }, collector);

    const ids = [];
    for (const d of ['2026-06-12', '2026-07-05', '2026-08-05'])
      ids.push(Number((await recordConsignment(app, collector, c.id, { shippedOn: d })).id));
    const results = await Promise.all([
      app.exec(Issue, { c: String(c.id), s: '2026-07-01', e: '2026-07-31' }, collector),
      app.exec(Issue, { c: String(c.id), s: '2026-08-01', e: '2026-08-31' }, collector),
      app.exec(Issue, { c: String(c.id), s: '2026-07-15', e: '2026-08-15' }, collector),
    ]);
    expect(results.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.errors))
      expect(errorCodes(r)).toEqual([expect.stringMatching(/^(CONFLICT|BAD_USER_INPUT)$/)]);
    const consignments: Array<{ id: number }> = await app.db.query('SELECT id FROM consignment WHERE customerId = ?', [
      c.id,
    ]);
    const billed = [];
    for (const x of consignments) billed.push((await linesOf(x.id)).length);
    // Every one of them is on at most one live statement; those shipped up to the latest billed end are on exactly one.
    expect(billed.every((n) => n <= 1)).toBe(true);
    const live: Array<{ periodEnd: string }> = await app.db.query(
      "SELECT periodEnd FROM statement WHERE customerId = ? AND status <> 'VOID'",
      [c.id],
    );
    const lastEnd = live
      .map((s) => String(s.periodEnd).slice(0, 10))
      .sort()
      .pop()!;
    const shipped: Array<{ id: number; shippedOn: string }> = await app.db.query(
      'SELECT id, shippedOn FROM consignment WHERE customerId = ?',
      [c.id],
    );
    for (const x of shipped)
      if (String(x.shippedOn).slice(0, 10) <= lastEnd) expect(await linesOf(x.id)).toHaveLength(1);
    void ids;
  });
});

describe('storage: one area a day, no day charged twice, billed days never change', () => {
  const occupancy = async (id: string) =>
    (await app.db.query('SELECT fromDate, toDate FROM storage_occupancy WHERE id = ?', [Number(id)]))[0];
  const day = (v: unknown) => (v === null ? null : String(v instanceof Date ? v.toISOString() : v).slice(0, 10));

  it('a new area from a date ends the open one the day before; overlaps are refused; each day is charged once', async () => {
    const c = await makeCustomer(app, owner);
    const a = await app.ok(RecordOccupancy, { c: String(c.id), a: 10, f: '2026-05-01', t: null }, clerk);
    const b = await app.ok(RecordOccupancy, { c: String(c.id), a: 20, f: '2026-05-16', t: null }, clerk);
    expect(day((await occupancy(a.recordStorageOccupancy.id)).toDate)).toBe('2026-05-15');
    // A closed area inside days already occupied: refused, nothing written.
    const before = await count(app, 'storage_occupancy', 'customerId = ?', [c.id]);
    expect(
      refusal(await app.exec(RecordOccupancy, { c: String(c.id), a: 5, f: '2026-05-10', t: '2026-05-12' }, clerk)),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
    // From a day on or before the open occupancy's first day: it cannot be ended before it began.
    expect(
      refusal(await app.exec(RecordOccupancy, { c: String(c.id), a: 5, f: '2026-05-16', t: null }, clerk)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(await count(app, 'storage_occupancy', 'customerId = ?', [c.id])).toBe(before);
    // Ending before the first day is refused on lastDay.
    expect(refusal(await app.exec(EndOccupancy, { id: b.recordStorageOccupancy.id, d: '2026-05-10' }, clerk))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'lastDay',
    });
    const ended = await app.ok(EndOccupancy, { id: b.recordStorageOccupancy.id, d: '2026-05-31' }, clerk);
    expect(ended.endStorageOccupancy).toMatchObject({ fromDate: '2026-05-16', toDate: '2026-05-31' });
    // Extending the first one into the second's days is refused.
    expect(refusal(await app.exec(EndOccupancy, { id: a.recordStorageOccupancy.id, d: '2026-05-20' }, clerk))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'lastDay',
    });
    const may = await issueStatement(app, collector, c.id, '2026-05-01', '2026-05-31');
    // 10 m² x 15 days + 20 m² x 16 days at the default 1.00: every day of May once.
    expect(may.lines!.map((l: any) => l.amount)).toEqual(['150.00', '320.00']);
  });

  it('days on a live statement cannot change (CONFLICT) until it is voided; later days can', async () => {
    const c = await makeCustomer(app, owner);
    const a = await app.ok(RecordOccupancy, { c: String(c.id), a: 10, f: '2026-04-01', t: null }, clerk);
    const april = await issueStatement(app, collector, c.id, '2026-04-01', '2026-04-30');
    expect(april.lines!.map((l: any) => l.amount)).toEqual(['300.00']);
    const id = a.recordStorageOccupancy.id;
    expect(errorCodes(await app.exec(EndOccupancy, { id, d: '2026-04-20' }, clerk))).toEqual(['CONFLICT']);
    expect(
      errorCodes(await app.exec(RecordOccupancy, { c: String(c.id), a: 50, f: '2026-04-25', t: null }, clerk)),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(await app.exec(RecordOccupancy, { c: String(c.id), a: 50, f: '2026-03-25', t: '2026-04-02' }, clerk)),
    ).toEqual(['BAD_USER_INPUT']);
    // A new area on days a live statement billed without storage changes them too.
    const d = await makeCustomer(app, owner);
    await recordConsignment(app, collector, d.id, { shippedOn: '2026-04-03' });
    await issueStatement(app, collector, d.id, '2026-04-01', '2026-04-30');
    expect(
      errorCodes(await app.exec(RecordOccupancy, { c: String(d.id), a: 5, f: '2026-04-10', t: '2026-04-12' }, clerk)),
    ).toEqual(['CONFLICT']);
    expect(await count(app, 'storage_occupancy', 'customerId = ?', [d.id])).toBe(0);
    expect(day((await occupancy(id)).toDate)).toBeNull();
    expect(await count(app, 'storage_occupancy', 'customerId = ?', [c.id])).toBe(1);
    // Confirmed is as fixed as issued.
    await confirmStatement(app, collector, april.id);
    expect(errorCodes(await app.exec(EndOccupancy, { id, d: '2026-04-29' }, clerk))).toEqual(['CONFLICT']);
    // Days after the billed period may change.
    await app.ok(RecordOccupancy, { c: String(c.id), a: 50, f: '2026-05-11', t: null }, clerk);
    expect(day((await occupancy(id)).toDate)).toBe('2026-05-10');
    const may = await issueStatement(app, collector, c.id, '2026-05-01', '2026-05-31');
    expect(may.lines!.map((l: any) => l.amount)).toEqual(['100.00', '1050.00']);
    // An issued (unconfirmed) statement's days change only after it is voided.
    expect(errorCodes(await app.exec(EndOccupancy, { id, d: '2026-05-05' }, clerk))).toEqual(['CONFLICT']);
    await app.ok(Void, { id: may.id, reason: '面积有误' }, collector);
    await app.ok(EndOccupancy, { id, d: '2026-05-05' }, clerk);
    expect(day((await occupancy(id)).toDate)).toBe('2026-05-05');
  });

  it('two overlapping areas recorded at the same moment: one wins, the other is refused', async () => {
    const c = await makeCustomer(app, owner);
    const results = await Promise.all([
      app.exec(RecordOccupancy, { c: String(c.id), a: 10, f: '2026-06-01', t: '2026-06-10' }, clerk),
      app.exec(RecordOccupancy, { c: String(c.id), a: 20, f: '2026-06-05', t: '2026-06-15' }, clerk),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(refusal)).toEqual([{ code: 'BAD_USER_INPUT', field: 'from' }]);
    expect(await count(app, 'storage_occupancy', 'customerId = ?', [c.id])).toBe(1);
  });

  it('endStorageOccupancy is for the roles that record occupancies', async () => {
    const c = await makeCustomer(app, owner);
    const a = await app.ok(RecordOccupancy, { c: String(c.id), a: 10, f: '2026-03-01', t: null }, clerk);
    for (const role of [Role.SALESPERSON, Role.COLLECTOR, Role.DISPATCHER]) {
      expect(
        errorCodes(
          await app.exec(EndOccupancy, { id: a.recordStorageOccupancy.id, d: '2026-03-05' }, await app.staff(role)),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(day((await occupancy(a.recordStorageOccupancy.id)).toDate)).toBeNull();
    await app.ok(EndOccupancy, { id: a.recordStorageOccupancy.id, d: '2026-03-05' }, manager);
  });
});

describe('dates that cannot be true are refused, naming the field', () => {
  it('money received in the future, a promise in the past, goods shipped in the future, 2099 and 1999', async () => {
    const c = await makeCustomer(app, owner);
    const tomorrow = addDays(today(), 1);
    expect(refusal(await app.exec(Pay, { c: String(c.id), d: tomorrow, k: `f-${c.id}` }, collector))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'receivedOn',
    });
    expect(refusal(await app.exec(Pay, { c: String(c.id), d: '1999-12-31', k: `p-${c.id}` }, collector))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'receivedOn',
    });
    expect(await count(app, 'payment', 'customerId = ?', [c.id])).toBe(0);

    for (const d of [addDays(today(), -1), '2099-01-01']) {
      expect(refusal(await app.exec(Arrears, { c: String(c.id), d }, owner))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'promisedDate',
      });
    }
    expect(await count(app, 'approval_request', "customerId = ? AND kind = 'ARREARS'", [c.id])).toBe(0);

    for (const shippedOn of [tomorrow, '2099-01-01', '1999-12-31']) {
      expect(refusal(await app.exec(Record, { input: consignmentInput(c.id, { shippedOn }) }, collector))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'shippedOn',
      });
    }
    expect(await count(app, 'consignment', 'customerId = ?', [c.id])).toBe(0);

    expect(refusal(await app.exec(Issue, { c: String(c.id), s: '2026-01-01', e: '2099-01-31' }, collector))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'periodEnd',
    });
    expect(refusal(await app.exec(Issue, { c: String(c.id), s: '1900-01-01', e: '2026-01-31' }, collector))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'periodStart',
    });

    expect(refusal(await app.exec(Pickup, { c: String(c.id), d: '2099-01-01' }, owner))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pickupDate',
    });
    expect(refusal(await app.exec(RecordOccupancy, { c: String(c.id), a: 1, f: '2099-01-01' }, clerk))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(refusal(await app.exec(Aging2099, {}, manager))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
  });

  it('a visit planned before the customer existed, or in 2099', async () => {
    const c = await makeCustomer(app, owner, { firstContactAt: new Date('2026-06-01T00:00:00Z') });
    for (const plannedAt of ['2026-05-31T12:00:00Z', '2099-01-01T02:00:00Z']) {
      expect(
        refusal(await app.exec(PlanVisit, { i: { customerId: String(c.id), plannedAt, purpose: 'intro' } }, owner)),
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'plannedAt' });
    }
    expect(await count(app, 'visit', 'customerId = ?', [c.id])).toBe(0);
    await app.ok(
      PlanVisit,
      { i: { customerId: String(c.id), plannedAt: '2026-06-02T02:00:00Z', purpose: 'intro' } },
      owner,
    );
  });

  it('a month like 0000-01 or 2099-01', async () => {
    for (const month of ['0000-01', '1999-12', '2099-01']) {
      expect(refusal(await app.exec(MonthlyReceivables, { m: month }, manager))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'month',
      });
      expect(refusal(await app.exec(Payroll, { m: month }, manager))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'month',
      });
    }
    await app.ok(MonthlyReceivables, { m: '2026-10' }, manager);
  });

  it('every date argument of the schema says its window', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const missing: string[] = [];
    const check = (where: string, x: GraphQLArgument | GraphQLInputField) => {
      const type = getNamedType(x.type).name;
      const isDate = type === 'LocalDate' || type === 'DateTimeISO';
      const isMonth = x.name === 'month' && type === 'String';
      if ((isDate || isMonth) && !/2000-01|366 days ahead|customer existed/.test(x.description ?? ''))
        missing.push(where);
    };
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const f of Object.values(root.getFields())) {
        for (const a of f.args) {
          check(`${root.name}.${f.name}(${a.name})`, a);
          const t = getNamedType(a.type);
          if (isInputObjectType(t))
            for (const x of Object.values(t.getFields())) check(`${root.name}.${f.name}(${a.name}.${x.name})`, x);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
