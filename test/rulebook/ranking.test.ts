import { graphql } from '../generated';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Statement, StatementStatus } from '../../src/features/statements/statement.entity';
import { Payment } from '../../src/features/ledger/payment.entity';
import { Visit, VisitStatus } from '../../src/features/visits/visit.entity';
import { OwnershipChange } from '../../src/features/customers/ownership-change.entity';
import { AttendanceRecord, AttendanceStatus } from '../../src/features/attendance/attendance-record.entity';
import { Violation, ViolationKind } from '../../src/features/violations/violation.entity';
import { Complaint, ComplaintSeverity, ComplaintStatus } from '../../src/features/complaints/complaint.entity';
import { makeCustomer } from '../support/factories';
import { must, run } from '../support/customer-factories';
import { companyToday, rolesExcept } from '../support/administration-factories';

/* eslint-disable @typescript-eslint/no-explicit-any */

const RANKING = graphql(`
  query RulebookRankingPerformanceRanking($m: String!) {
    performanceRanking(month: $m) {
      staff {
        id
        name
      }
      month
      score
      rank
      of
      components {
        component
        raw
        normalized
        weight
        points
      }
    }
  }
`);
const WEIGHTS = graphql(`
  query RulebookRankingRankingWeights {
    rankingWeights {
      targetAchievement
      collections
      visitsCompleted
      newCustomers
      complaintsHandledInTime
      unexcusedAbsences
      violations
      isDefault
      setAt
      setBy {
        id
      }
    }
  }
`);
const SET_WEIGHTS = graphql(`
  mutation RulebookRankingSetRankingWeights($input: RankingWeightsInput!) {
    setRankingWeights(input: $input) {
      targetAchievement
      collections
      visitsCompleted
      newCustomers
      complaintsHandledInTime
      unexcusedAbsences
      violations
      isDefault
      setBy {
        id
      }
    }
  }
`);
const SET_TARGET = graphql(`
  mutation RulebookRankingSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!) {
    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: "test") {
      id
    }
  }
`);

// May 2026 in Asia/Shanghai runs from 2026-04-30T16:00Z to 2026-05-31T16:00Z.
const MONTH = '2026-05';
const IN_FIRST = new Date('2026-04-30T16:30:00Z'); // 1 May 00:30 Shanghai
const IN_LAST = new Date('2026-05-31T15:30:00Z'); // 31 May 23:30 Shanghai
const AFTER = new Date('2026-05-31T16:30:00Z'); // 1 June 00:30 Shanghai

let app: TestApp;
let director: Caller;
let manager: Caller;
let assistant: Caller;
let x: Caller;
let y: Caller;
let z: Caller;
let seq = 0;

beforeAll(async () => {
  app = await TestApp.start();
  director = await app.staff(Role.DIRECTOR);
  manager = await app.staff(Role.MANAGER);
  assistant = await app.staff(Role.ASSISTANT_MANAGER);
  x = await app.staff(Role.SALESPERSON, { name: 'R X' });
  y = await app.staff(Role.SALESPERSON, { name: 'R Y' });
  z = await app.staff(Role.SALESPERSON, { name: 'R Z' });
});
afterAll(() => app.stop());

async function visit(customerId: number, who: Caller, completedAt: Date, status = VisitStatus.COMPLETED) {
  await app.db.getRepository(Visit).insert({
    customerId,
    salespersonId: who.staff.id,
    plannedById: who.staff.id,
    plannedAt: completedAt,
    purpose: 'ranking',
    status,
    completedAt,
  });
}
async function complaint(customerId: number, handler: Caller, dueDate: string, resolvedOn: string) {
  await app.db.getRepository(Complaint).insert({
    customerId,
    description: 'late',
    severity: ComplaintSeverity.MEDIUM,
    status: ComplaintStatus.RESOLVED,
    recordedById: handler.staff.id,
    handlerId: handler.staff.id,
    dueDate,
    assignedById: manager.staff.id,
    resolution: 'done',
    resolvedOn,
    resolvedAt: new Date(`${resolvedOn}T04:00:00Z`),
  });
}
const row = (data: any, c: Caller) => data.performanceRanking.find((r: any) => r.staff.id === String(c.staff.id));
const cents = (n: number) => Math.round(n * 100);

describe('performanceRanking', () => {
  it("scores each salesperson from the month's records with the default weights, every component shown", async () => {
    const cx = (await makeCustomer(app, x)).id;
    const cy = (await makeCustomer(app, y)).id;
    const cz = (await makeCustomer(app, z)).id;
    await must(app, manager, SET_TARGET, { s: String(x.staff.id), m: MONTH, st: '1000.00', ct: '500.00' });
    await must(app, manager, SET_TARGET, { s: String(y.staff.id), m: MONTH, st: '1000.00', ct: '0' });
    const statement = (customerId: number, total: number, confirmedOn: string) =>
      app.db.getRepository(Statement).insert({
        customerId,
        periodStart: '2026-04-01',
        periodEnd: '2026-04-30',
        status: StatementStatus.CONFIRMED,
        total,
        issuedById: manager.staff.id,
        confirmedOn,
        confirmedBy: '客户',
      });
    await statement(cx, 150000, '2026-05-31');
    await statement(cx, 900000, '2026-06-01');
    await statement(cy, 50000, '2026-05-01');
    const payment = (customerId: number, amount: number, receivedOn: string) =>
      app.db.getRepository(Payment).insert({
        customerId,
        amount,
        receivedOn,
        reference: 'R',
        idempotencyKey: `rank-${process.pid}-${++seq}`,
        recordedById: manager.staff.id,
      });
    await payment(cx, 25000, '2026-05-31');
    await payment(cx, 99999, '2026-04-30');

    await visit(cx, x, IN_FIRST);
    await visit(cx, x, IN_LAST);
    await visit(cx, x, AFTER);
    await visit(cx, x, IN_LAST, VisitStatus.FALSE_REPORT);
    await visit(cy, y, IN_LAST);
    for (let i = 0; i < 4; i++) await visit(cz, z, IN_LAST);

    await app.db.getRepository(OwnershipChange).update({ customerId: cy }, { changedAt: IN_FIRST });
    await app.db.getRepository(OwnershipChange).insert({
      customerId: cy,
      fromOwnerId: null,
      toOwnerId: y.staff.id,
      reason: 'registered',
      changedById: y.staff.id,
    });
    await app.db.getRepository(OwnershipChange).update({ customerId: cy }, { changedAt: IN_FIRST });

    await complaint(cz, z, '2026-05-20', '2026-05-20');
    await complaint(cx, x, '2026-05-20', '2026-05-21');
    await complaint(cz, z, '2026-06-05', '2026-06-01');

    const absent = (who: Caller, date: string) =>
      app.db.getRepository(AttendanceRecord).insert({
        staffId: who.staff.id,
        date,
        status: AttendanceStatus.UNEXCUSED_ABSENCE,
        recordedById: manager.staff.id,
      });
    await absent(y, '2026-05-01');
    await absent(y, '2026-05-31');
    await absent(z, '2026-05-15');
    await absent(z, '2026-06-01');
    await app.db.getRepository(Violation).insert({
      staffId: x.staff.id,
      kind: ViolationKind.OPERATING_RULE,
      fine: 1000,
      compensation: 0,
      occurredOn: '2026-05-31',
      description: 'late log',
      recordedById: manager.staff.id,
    });
    await app.db.getRepository(Violation).insert({
      staffId: y.staff.id,
      kind: ViolationKind.OPERATING_RULE,
      fine: 1000,
      compensation: 0,
      occurredOn: '2026-04-30',
      description: 'late log',
      recordedById: manager.staff.id,
    });

    const data = await must(app, manager, RANKING, { m: MONTH });
    const c = (component: string, raw: number, normalized: number, weight: number, points: number) => ({
      component,
      raw,
      normalized,
      weight,
      points,
    });
    expect(row(data, x)).toEqual({
      staff: { id: String(x.staff.id), name: 'R X' },
      month: MONTH,
      score: 42.5,
      rank: 1,
      of: 3,
      components: [
        c('TARGET_ACHIEVEMENT', 150, 1, 30, 30),
        c('COLLECTIONS', 50, 0.5, 20, 10),
        c('VISITS_COMPLETED', 2, 0.5, 15, 7.5),
        c('NEW_CUSTOMERS', 0, 0, 10, 0),
        c('COMPLAINTS_HANDLED_IN_TIME', 0, 0, 10, 0),
        c('UNEXCUSED_ABSENCES', 0, 0, 10, 0),
        c('VIOLATIONS', 1, 1, 5, -5),
      ],
    });
    expect(row(data, z)).toMatchObject({ score: 20, rank: 2 });
    expect(row(data, z).components.map((k: any) => k.points)).toEqual([0, 0, 15, 0, 10, -5, 0]);
    expect(row(data, y)).toMatchObject({ score: 18.75, rank: 3 });
    expect(row(data, y).components.map((k: any) => k.points)).toEqual([15, 0, 3.75, 10, 0, -10, 0]);
    expect(data.performanceRanking.map((r: any) => r.staff.name)).toEqual(['R X', 'R Z', 'R Y']);
    // A score is exactly the sum of its points.
    for (const r of data.performanceRanking)
      expect(cents(r.score)).toBe(r.components.reduce((s: number, k: any) => s + cents(k.points), 0));
  });

  it('lets only the DIRECTOR set the weights, which apply to months not yet ended', async () => {
    expect((await must(app, x, WEIGHTS)).rankingWeights).toMatchObject({
      targetAchievement: 30,
      violations: 5,
      isDefault: true,
      setAt: null,
      setBy: null,
    });
    const input = {
      targetAchievement: 0,
      collections: 0,
      visitsCompleted: 10,
      newCustomers: 0,
      complaintsHandledInTime: 0,
      unexcusedAbsences: 0,
      violations: 0,
    };
    for (const role of rolesExcept(Role.DIRECTOR, Role.SALESPERSON))
      expect(errorCodes(await run(app, await app.staff(role), SET_WEIGHTS, { input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, x, SET_WEIGHTS, { input }))).toEqual(['FORBIDDEN']);
    for (const bad of [{ visitsCompleted: -1 }, { visitsCompleted: 101 }, { visitsCompleted: 0, violations: 10 }]) {
      const r = await run(app, director, SET_WEIGHTS, { input: { ...input, ...bad } });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await run(app, director, SET_WEIGHTS, { input: { ...input, visitsCompleted: 1.5 } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const set = await must(app, director, SET_WEIGHTS, { input });
    expect(set.setRankingWeights).toEqual({ ...input, isDefault: false, setBy: { id: String(director.staff.id) } });
    expect((await must(app, assistant, WEIGHTS)).rankingWeights).toMatchObject({ ...input, isDefault: false });

    // The current month scores with the new weights; May keeps the weights it ended with.
    const month = companyToday(app).slice(0, 7);
    await visit((await makeCustomer(app, y)).id, y, new Date());
    const now = await must(app, director, RANKING, { m: month });
    expect(now.performanceRanking.map((r: any) => [r.staff.name, r.score, r.rank])).toEqual([
      ['R Y', 10, 1],
      ['R X', 0, 2],
      ['R Z', 0, 2],
    ]);
    expect(row(await must(app, director, RANKING, { m: MONTH }), x)).toMatchObject({ score: 42.5, rank: 1 });
  });

  it('shows a salesperson only their own line with their rank among all', async () => {
    const mine = await must(app, y, RANKING, { m: MONTH });
    expect(mine.performanceRanking).toHaveLength(1);
    expect(mine.performanceRanking[0]).toMatchObject({ staff: { id: String(y.staff.id) }, rank: 3, of: 3 });
    for (const role of [Role.COLLECTOR, Role.ORDER_CLERK, Role.DISPATCHER, Role.DEPARTMENT_HEAD]) {
      expect(errorCodes(await run(app, await app.staff(role), RANKING, { m: MONTH }))).toEqual(['FORBIDDEN']);
    }
    for (const m of ['2026-13', '2099-01', '26-05']) {
      const r = await run(app, manager, RANKING, { m });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.field).toBe('month');
    }
  });
});
