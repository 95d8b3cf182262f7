import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { companyToday, countRows, insertFalseVisitAbsence, rolesExcept } from '../support/administration-factories';
import { Role } from '../../src/domain/roles';
import { addDays } from '../../src/time';

const RecordAttendance = graphql(`
  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {
    recordAttendance(staffId: $staffId, date: $date, status: $status) {
      id
      date
      status
      falseVisitId
      staff {
        id
        name
      }
      recordedBy {
        id
      }
    }
  }
`);
const AttendanceRecords = graphql(`
  query AttendanceRecords($staffId: ID!, $month: String!) {
    attendanceRecords(staffId: $staffId, month: $month) {
      id
      date
      status
      falseVisitId
      recordedBy {
        id
      }
    }
  }
`);
const AttendanceSummary = graphql(`
  query AttendanceSummary($month: String!) {
    attendanceSummary(month: $month) {
      staff {
        id
      }
      month
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
const AttendanceAudit = graphql(`
  query AttendanceAudit($id: ID) {
    auditEvents(entityType: "AttendanceRecord", entityId: $id) {
      edges {
        node {
          action
          summary
          actor {
            id
          }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

describe('recordAttendance', () => {
  it.each([Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])('lets %s record a day, audited', async (role) => {
    const keeper = await app.staff(role);
    const salesperson = await app.staff(Role.SALESPERSON, { name: 'Attendance Person' });
    const { recordAttendance } = await app.ok(
      RecordAttendance,
      { staffId: String(salesperson.staff.id), date: '2025-03-03', status: 'PRESENT' },
      keeper,
    );
    expect(recordAttendance).toMatchObject({
      date: '2025-03-03',
      status: 'PRESENT',
      falseVisitId: null,
      staff: { id: String(salesperson.staff.id), name: 'Attendance Person' },
      recordedBy: { id: String(keeper.staff.id) },
    });
    const director = await app.staff(Role.DIRECTOR);
    const audit = await app.ok(AttendanceAudit, { id: recordAttendance.id }, director);
    expect(audit.auditEvents.edges.map((e) => e.node)).toEqual([
      {
        action: 'attendance.recorded',
        summary: 'Attendance Person on 2025-03-03: present',
        actor: { id: String(keeper.staff.id) },
      },
    ]);
  });

  it.each(rolesExcept(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))(
    'refuses %s with nothing written',
    async (role) => {
      const caller = await app.staff(role);
      const result = await app.exec(
        RecordAttendance,
        { staffId: String(caller.staff.id), date: '2025-03-04', status: 'PRESENT' },
        caller,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(await countRows(app, 'attendance_record', 'staffId = ?', [caller.staff.id])).toBe(0);
    },
  );

  it('refuses an anonymous caller', async () => {
    const someone = await app.staff(Role.SALESPERSON);
    const result = await app.exec(RecordAttendance, {
      staffId: String(someone.staff.id),
      date: '2025-03-04',
      status: 'PRESENT',
    });
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(await countRows(app, 'attendance_record', 'staffId = ?', [someone.staff.id])).toBe(0);
  });

  it('keeps one record per staff member and day: recording again corrects it, audited with what it was', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.COLLECTOR, { name: 'Corrected Person' });
    const vars = { staffId: String(person.staff.id), date: '2025-03-05' };
    const first = await app.ok(RecordAttendance, { ...vars, status: 'PRESENT' }, assistant);
    const manager = await app.staff(Role.MANAGER);
    const second = await app.ok(RecordAttendance, { ...vars, status: 'SICK' }, manager);
    expect(second.recordAttendance.id).toBe(first.recordAttendance.id);
    expect(second.recordAttendance).toMatchObject({ status: 'SICK', recordedBy: { id: String(manager.staff.id) } });
    expect(await countRows(app, 'attendance_record', 'staffId = ?', [person.staff.id])).toBe(1);
    const audit = await app.ok(AttendanceAudit, { id: first.recordAttendance.id }, manager);
    expect(audit.auditEvents.edges.map((e) => e.node.summary)).toEqual([
      'Corrected Person on 2025-03-05: sick (was present)',
      'Corrected Person on 2025-03-05: present',
    ]);
  });

  it('accepts the same recording twice', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const vars = { staffId: String(person.staff.id), date: '2025-03-21', status: 'PRESENT' as const };
    const first = await app.ok(RecordAttendance, vars, assistant);
    const again = await app.ok(RecordAttendance, vars, assistant);
    expect(again.recordAttendance).toEqual(first.recordAttendance);
  });

  it('accepts each status', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const statuses = ['PRESENT', 'LEAVE', 'SICK', 'BUSINESS_TRIP', 'UNEXCUSED_ABSENCE'] as const;
    for (const [i, status] of statuses.entries()) {
      const { recordAttendance } = await app.ok(
        RecordAttendance,
        { staffId: String(person.staff.id), date: `2025-03-1${i}`, status },
        assistant,
      );
      expect(recordAttendance.status).toBe(status);
    }
  });

  it('does not overwrite an unexcused absence from a false visit report: CONFLICT naming the visit, record unchanged', async () => {
    const manager = await app.staff(Role.MANAGER);
    const person = await app.staff(Role.SALESPERSON, { name: 'False Reporter' });
    const row = await insertFalseVisitAbsence(app, person.staff.id, '2025-03-06', 4711);
    for (const status of ['PRESENT', 'LEAVE', 'UNEXCUSED_ABSENCE'] as const) {
      const result = await app.exec(
        RecordAttendance,
        { staffId: String(person.staff.id), date: '2025-03-06', status },
        manager,
      );
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(result.errors![0].message).toMatch(/visit 4711/);
      expect(result.errors![0].message).toMatch(/False Reporter/);
    }
    const stored = await app.db.query('SELECT status, falseVisitId, recordedById FROM attendance_record WHERE id = ?', [
      row.id,
    ]);
    expect(
      stored.map((r: { status: string; falseVisitId: number; recordedById: null }) => ({
        ...r,
        falseVisitId: Number(r.falseVisitId),
      })),
    ).toEqual([{ status: 'UNEXCUSED_ABSENCE', falseVisitId: 4711, recordedById: null }]);
    expect(
      await countRows(app, 'audit_event', "entityType = 'AttendanceRecord' AND entityId = ?", [String(row.id)]),
    ).toBe(0);
    // Leaders can see why: the record says which visit report it comes from.
    const { attendanceRecords } = await app.ok(
      AttendanceRecords,
      { staffId: String(person.staff.id), month: '2025-03' },
      manager,
    );
    expect(attendanceRecords).toEqual([
      { id: String(row.id), date: '2025-03-06', status: 'UNEXCUSED_ABSENCE', falseVisitId: '4711', recordedBy: null },
    ]);
  });

  it('records leave and business trips ahead of the day, but nothing else', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const future = addDays(companyToday(app), 3);
    for (const status of ['PRESENT', 'SICK', 'UNEXCUSED_ABSENCE'] as const) {
      const result = await app.exec(
        RecordAttendance,
        { staffId: String(person.staff.id), date: future, status },
        assistant,
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions?.field).toBe('date');
    }
    expect(await countRows(app, 'attendance_record', 'staffId = ?', [person.staff.id])).toBe(0);
    await app.ok(RecordAttendance, { staffId: String(person.staff.id), date: future, status: 'LEAVE' }, assistant);
    await app.ok(
      RecordAttendance,
      { staffId: String(person.staff.id), date: addDays(future, 1), status: 'BUSINESS_TRIP' },
      assistant,
    );
    await app.ok(
      RecordAttendance,
      { staffId: String(person.staff.id), date: companyToday(app), status: 'PRESENT' },
      assistant,
    );
  });

  it('refuses an unknown staff member and a malformed id', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    expect(
      errorCodes(
        await app.exec(RecordAttendance, { staffId: '999999', date: '2025-03-07', status: 'PRESENT' }, assistant),
      ),
    ).toEqual(['NOT_FOUND']);
    const bad = await app.exec(RecordAttendance, { staffId: 'abc', date: '2025-03-07', status: 'PRESENT' }, assistant);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions?.field).toBe('staffId');
  });

  it('takes one of two simultaneous recordings of the same new day, keeping one record', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const manager = await app.staff(Role.MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const vars = { staffId: String(person.staff.id), date: '2025-03-20' };
    const results = await Promise.all([
      app.exec(RecordAttendance, { ...vars, status: 'PRESENT' }, assistant),
      app.exec(RecordAttendance, { ...vars, status: 'LEAVE' }, manager),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const rows = await app.db.query('SELECT status FROM attendance_record WHERE staffId = ?', [person.staff.id]);
    expect(rows).toHaveLength(1);
    expect(['PRESENT', 'LEAVE']).toContain(rows[0].status);
  });
});

describe('attendanceRecords', () => {
  it('shows a staff member their own month, by day, and nothing of other months', async () => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const id = String(person.staff.id);
    await app.ok(RecordAttendance, { staffId: id, date: '2025-04-02', status: 'LEAVE' }, assistant);
    await app.ok(RecordAttendance, { staffId: id, date: '2025-04-01', status: 'PRESENT' }, assistant);
    await app.ok(RecordAttendance, { staffId: id, date: '2025-04-30', status: 'SICK' }, assistant);
    await app.ok(RecordAttendance, { staffId: id, date: '2025-05-01', status: 'PRESENT' }, assistant);
    await app.ok(RecordAttendance, { staffId: id, date: '2025-03-31', status: 'PRESENT' }, assistant);
    const { attendanceRecords } = await app.ok(AttendanceRecords, { staffId: id, month: '2025-04' }, person);
    expect(attendanceRecords.map((r) => [r.date, r.status])).toEqual([
      ['2025-04-01', 'PRESENT'],
      ['2025-04-02', 'LEAVE'],
      ['2025-04-30', 'SICK'],
    ]);
  });

  it.each([Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])("lets %s read anyone's", async (role) => {
    const assistant = await app.staff(Role.ASSISTANT_MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    await app.ok(
      RecordAttendance,
      { staffId: String(person.staff.id), date: '2025-04-03', status: 'PRESENT' },
      assistant,
    );
    const { attendanceRecords } = await app.ok(
      AttendanceRecords,
      { staffId: String(person.staff.id), month: '2025-04' },
      await app.staff(role),
    );
    expect(attendanceRecords).toHaveLength(1);
  });

  it.each(rolesExcept(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))(
    "refuses %s another staff member's records",
    async (role) => {
      const assistant = await app.staff(Role.ASSISTANT_MANAGER);
      const person = await app.staff(Role.SALESPERSON);
      await app.ok(
        RecordAttendance,
        { staffId: String(person.staff.id), date: '2025-04-03', status: 'PRESENT' },
        assistant,
      );
      const result = await app.exec(
        AttendanceRecords,
        { staffId: String(person.staff.id), month: '2025-04' },
        await app.staff(role),
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.attendanceRecords ?? null).toBeNull();
    },
  );

  it('refuses a malformed month', async () => {
    const person = await app.staff(Role.SALESPERSON);
    const result = await app.exec(AttendanceRecords, { staffId: String(person.staff.id), month: '2025-13' }, person);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions?.field).toBe('month');
  });
});

describe('attendanceSummary', () => {
  it.each(rolesExcept(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))('refuses %s', async (role) => {
    const result = await app.exec(AttendanceSummary, { month: '2025-04' }, await app.staff(role));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it.each([Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])(
    'counts each status of the month for %s, false visit reports included',
    async (role) => {
      const assistant = await app.staff(Role.ASSISTANT_MANAGER);
      const person = await app.staff(Role.SALESPERSON);
      const id = String(person.staff.id);
      const days: Array<[string, 'PRESENT' | 'LEAVE' | 'SICK' | 'BUSINESS_TRIP' | 'UNEXCUSED_ABSENCE']> = [
        ['2025-06-02', 'PRESENT'],
        ['2025-06-03', 'PRESENT'],
        ['2025-06-04', 'LEAVE'],
        ['2025-06-05', 'SICK'],
        ['2025-06-06', 'SICK'],
        ['2025-06-09', 'BUSINESS_TRIP'],
        ['2025-06-10', 'UNEXCUSED_ABSENCE'],
        ['2025-05-30', 'PRESENT'],
        ['2025-07-01', 'LEAVE'],
      ];
      for (const [date, status] of days) await app.ok(RecordAttendance, { staffId: id, date, status }, assistant);
      await insertFalseVisitAbsence(app, person.staff.id, '2025-06-11', 9001);
      await insertFalseVisitAbsence(app, person.staff.id, '2025-06-30', 9002);
      const { attendanceSummary } = await app.ok(AttendanceSummary, { month: '2025-06' }, await app.staff(role));
      expect(attendanceSummary.find((r) => r.staff.id === id)).toEqual({
        staff: { id },
        month: '2025-06',
        present: 2,
        leave: 1,
        sick: 2,
        businessTrip: 1,
        unexcusedAbsences: 3,
        fromFalseVisitReports: 2,
        recordedDays: 9,
      });
    },
  );
});
