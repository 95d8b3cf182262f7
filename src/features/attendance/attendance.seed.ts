import { inTransaction } from '../../db/transaction';
import { SeedContext, DemoStaffKey } from '../../seed/seed-context';
import { addDays, monthRange, previousMonth } from '../../time';
import { AttendanceRecord, AttendanceStatus } from './attendance-record.entity';

/** The market department's demo staff whose attendance the assistant manager keeps. */
const KEPT: DemoStaffKey[] = ['director', 'manager', 'assistant', 'sales1', 'sales2', 'collector', 'clerk'];

/**
 * Exceptions to PRESENT, by staff member and the working day's position in its month (0 = the
 * month's first weekday); `previousMonthOnly` marks those only in last month.
 */
const EXCEPTIONS: Array<{ who: DemoStaffKey; nth: number; status: AttendanceStatus; previousMonthOnly?: boolean }> = [
  { who: 'sales1', nth: 3, status: AttendanceStatus.LEAVE },
  { who: 'sales1', nth: 6, status: AttendanceStatus.BUSINESS_TRIP },
  { who: 'sales1', nth: 7, status: AttendanceStatus.BUSINESS_TRIP },
  { who: 'sales1', nth: 10, status: AttendanceStatus.UNEXCUSED_ABSENCE, previousMonthOnly: true },
  { who: 'sales2', nth: 2, status: AttendanceStatus.SICK },
  { who: 'sales2', nth: 4, status: AttendanceStatus.SICK, previousMonthOnly: true },
  { who: 'sales2', nth: 8, status: AttendanceStatus.BUSINESS_TRIP },
  { who: 'collector', nth: 5, status: AttendanceStatus.LEAVE },
  { who: 'clerk', nth: 12, status: AttendanceStatus.LEAVE },
  { who: 'assistant', nth: 9, status: AttendanceStatus.SICK, previousMonthOnly: true },
];

/**
 * Attendance of the demo staff on every weekday of last month and this month up to today (runs after the visits seed).
 */
export async function seedDemoAttendance(ctx: SeedContext): Promise<void> {
  const thisMonth = ctx.today.slice(0, 7);
  const rows: Array<Partial<AttendanceRecord>> = [];
  for (let day = monthRange(previousMonth(ctx.today)).first, nth = 0; day <= ctx.today; day = addDays(day, 1)) {
    if (day.endsWith('-01')) nth = 0;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const who of KEPT) {
      const exception = EXCEPTIONS.find(
        (e) => e.who === who && e.nth === nth && !(e.previousMonthOnly && day.startsWith(thisMonth)),
      );
      rows.push({
        staffId: ctx.staff[who].id,
        date: day,
        status: exception?.status ?? AttendanceStatus.PRESENT,
        falseVisitId: null,
        recordedById: ctx.staff.assistant.id,
      });
    }
    nth++;
  }
  await inTransaction(ctx.db, async (m) => {
    // Days already recorded by earlier seeds (an absence from a false visit report) stay as they are.
    const existing = new Set((await m.find(AttendanceRecord)).map((r) => `${r.staffId}:${r.date}`));
    const fresh = rows.filter((r) => !existing.has(`${r.staffId}:${r.date}`));
    for (let i = 0; i < fresh.length; i += 200) await m.insert(AttendanceRecord, fresh.slice(i, i + 200));
  });
}
