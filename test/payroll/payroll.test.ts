import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { countRows, insertFalseVisitAbsence, rolesExcept } from '../support/administration-factories';
import { Role } from '../../src/domain/roles';
import { In } from 'typeorm';
import { formatMoney } from '../../src/graphql/money';
import { Staff } from '../../src/features/staff/staff.entity';

const RecordAttendance = graphql(`
  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {
    recordAttendance(staffId: $staffId, date: $date, status: $status) {
      id
    }
  }
`);
const RecordViolation = graphql(`
  mutation PayrollRecordViolation($input: RecordViolationInput!) {
    recordViolation(input: $input) {
      id
      fine
      compensation
    }
  }
`);
const PayrollSummary = graphql(`
  query PayrollSummary($month: String!) {
    payrollSummary(month: $month) {
      staff {
        id
        name
      }
      month
      daysPresent
      businessTripDays
      leave
      sickDays
      unexcusedAbsences
      absencesFromFalseVisitReports
      violations
      fines
      compensation
      totalDeductions
    }
  }
`);
const Summary = graphql(`
  query PayrollAttendanceSummary($month: String!) {
    attendanceSummary(month: $month) {
      staff {
        id
      }
      present
      leave
      sick
      businessTrip
      unexcusedAbsences
      fromFalseVisitReports
      recordedDays
    }
  }
`);

type Status = 'PRESENT' | 'LEAVE' | 'SICK' | 'BUSINESS_TRIP' | 'UNEXCUSED_ABSENCE';
type Kind =
  | 'OPERATING_RULE'
  | 'UNAPPROVED_RATE_OR_FREE_SHIPMENT'
  | 'UNAPPROVED_DEDUCTION'
  | 'UNAPPROVED_MONTHLY_SETTLEMENT'
  | 'TAKING_CUSTOMER_DATA';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

describe('payrollSummary', () => {
  it.each(rolesExcept(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))('refuses %s', async (role) => {
    const result = await app.exec(PayrollSummary, { month: '2025-10' }, await app.staff(role));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?.payrollSummary ?? null).toBeNull();
  });

  it('refuses a malformed month', async () => {
    const result = await app.exec(PayrollSummary, { month: 'October' }, await app.staff(Role.ASSISTANT_MANAGER));
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions?.field).toBe('month');
  });

  it.each([Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])(
    "reconciles exactly with the month's attendance and violations, read by %s",
    async (role) => {
      const assistant = await app.staff(Role.ASSISTANT_MANAGER);
      const manager = await app.staff(Role.MANAGER);
      const alice = await app.staff(Role.SALESPERSON, { name: `Alice ${role}` });
      const bob = await app.staff(Role.COLLECTOR, { name: `Bob ${role}` });
      const month = '2025-10';

      const attendance: Array<[number, string, Status]> = [
        [alice.staff.id, '2025-10-01', 'PRESENT'],
        [alice.staff.id, '2025-10-02', 'PRESENT'],
        [alice.staff.id, '2025-10-03', 'BUSINESS_TRIP'],
        [alice.staff.id, '2025-10-06', 'LEAVE'],
        [alice.staff.id, '2025-10-07', 'SICK'],
        [alice.staff.id, '2025-10-08', 'UNEXCUSED_ABSENCE'],
        [alice.staff.id, '2025-10-31', 'PRESENT'],
        [alice.staff.id, '2025-09-30', 'PRESENT'],
        [alice.staff.id, '2025-11-01', 'UNEXCUSED_ABSENCE'], // other months: not counted
        [bob.staff.id, '2025-10-01', 'SICK'],
        [bob.staff.id, '2025-10-02', 'SICK'],
        [bob.staff.id, '2025-10-03', 'PRESENT'],
      ];
      for (const [staffId, date, status] of attendance)
        await app.ok(RecordAttendance, { staffId: String(staffId), date, status }, assistant);
      // Unexcused absences from visit reports found false, as the visits feature writes them.
      await insertFalseVisitAbsence(app, alice.staff.id, '2025-10-09', 501);
      await insertFalseVisitAbsence(app, alice.staff.id, '2025-10-10', 502);
      await insertFalseVisitAbsence(app, alice.staff.id, '2025-09-29', 503);

      const violations: Array<[number, Kind, string, string | null]> = [
        [alice.staff.id, 'OPERATING_RULE', '2025-10-01', null],
        [alice.staff.id, 'UNAPPROVED_RATE_OR_FREE_SHIPMENT', '2025-10-15', '320.10'],
        [alice.staff.id, 'UNAPPROVED_DEDUCTION', '2025-10-31', '0.07'],
        [alice.staff.id, 'TAKING_CUSTOMER_DATA', '2025-09-30', '99.99'], // last month: not counted
        [bob.staff.id, 'UNAPPROVED_MONTHLY_SETTLEMENT', '2025-10-20', '1000'],
        [bob.staff.id, 'OPERATING_RULE', '2025-10-21', '0.01'],
        [bob.staff.id, 'OPERATING_RULE', '2025-11-01', '5.00'], // next month: not counted
      ];
      for (const [staffId, kind, occurredOn, compensation] of violations) {
        await app.ok(
          RecordViolation,
          { input: { staffId: String(staffId), kind, occurredOn, description: 'test', compensation } },
          manager,
        );
      }

      const { payrollSummary } = await app.ok(PayrollSummary, { month }, await app.staff(role));
      const row = (id: number) => payrollSummary.find((r) => r.staff.id === String(id));
      expect(row(alice.staff.id)).toEqual({
        staff: { id: String(alice.staff.id), name: `Alice ${role}` },
        month,
        daysPresent: 4,
        businessTripDays: 1,
        leave: 2,
        sickDays: 1,
        unexcusedAbsences: 3,
        absencesFromFalseVisitReports: 2,
        violations: 3,
        fines: '110.00',
        compensation: '320.17',
        totalDeductions: '430.17',
      });
      expect(row(bob.staff.id)).toEqual({
        staff: { id: String(bob.staff.id), name: `Bob ${role}` },
        month,
        daysPresent: 1,
        businessTripDays: 0,
        leave: 2,
        sickDays: 2,
        unexcusedAbsences: 0,
        absencesFromFalseVisitReports: 0,
        violations: 2,
        fines: '60.00',
        compensation: '1000.01',
        totalDeductions: '1060.01',
      });

      // And against the stored records themselves, counted independently.
      for (const person of [alice, bob]) {
        const r = row(person.staff.id)!;
        const count = (where: string) =>
          countRows(
            app,
            'attendance_record',
            `staffId = ? AND date >= '2025-10-01' AND date <= '2025-10-31' AND ${where}`,
            [person.staff.id],
          );
        expect(r.daysPresent).toBe(await count("status IN ('PRESENT', 'BUSINESS_TRIP')"));
        expect(r.leave).toBe(await count("status IN ('LEAVE', 'SICK')"));
        expect(r.unexcusedAbsences).toBe(await count("status = 'UNEXCUSED_ABSENCE'"));
        expect(r.absencesFromFalseVisitReports).toBe(await count('falseVisitId IS NOT NULL'));
        const stored: Array<{ fine: string | number; compensation: string | number }> = await app.db.query(
          "SELECT fine, compensation FROM violation WHERE staffId = ? AND occurredOn >= '2025-10-01' AND occurredOn <= '2025-10-31'",
          [person.staff.id],
        );
        expect(r.violations).toBe(stored.length);
        expect(r.fines).toBe(formatMoney(stored.reduce((s, v) => s + Number(v.fine), 0)));
        expect(r.compensation).toBe(formatMoney(stored.reduce((s, v) => s + Number(v.compensation), 0)));
      }

      const { attendanceSummary } = await app.ok(Summary, { month }, assistant);
      expect(attendanceSummary.find((r) => r.staff.id === String(alice.staff.id))).toEqual({
        staff: { id: String(alice.staff.id) },
        present: 3,
        leave: 1,
        sick: 1,
        businessTrip: 1,
        unexcusedAbsences: 3,
        fromFalseVisitReports: 2,
        recordedDays: 9,
      });
    },
  );

  it('lists every active staff member, and deactivated ones only when they have records that month', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const idle = await app.staff(Role.DISPATCHER);
    const goneWithRecords = await app.staff(Role.SALESPERSON);
    const goneWithout = await app.staff(Role.SALESPERSON);
    await app.ok(
      RecordAttendance,
      { staffId: String(goneWithRecords.staff.id), date: '2025-12-01', status: 'PRESENT' },
      assistant,
    );
    await app.db
      .getRepository(Staff)
      .update({ id: In([goneWithRecords.staff.id, goneWithout.staff.id]) }, { active: false });
    const { payrollSummary } = await app.ok(PayrollSummary, { month: '2025-12' }, assistant);
    const ids = payrollSummary.map((r) => r.staff.id);
    expect(payrollSummary.find((r) => r.staff.id === String(idle.staff.id))).toMatchObject({
      daysPresent: 0,
      leave: 0,
      unexcusedAbsences: 0,
      fines: '0.00',
      compensation: '0.00',
    });
    expect(payrollSummary.find((r) => r.staff.id === String(goneWithRecords.staff.id))).toMatchObject({
      daysPresent: 1,
    });
    expect(ids).not.toContain(String(goneWithout.staff.id));
    const activeCount = await app.db.getRepository(Staff).count({ where: { active: true } });
    expect(payrollSummary).toHaveLength(activeCount + 1);
  });
});
