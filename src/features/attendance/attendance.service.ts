import { Brackets, DataSource, EntityManager } from 'typeorm';
import { checkDate, windows } from '../../date-window';
import { Actor, hasRole } from '../../auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { LocalDate } from '../../graphql/local-date';
import { localDateIn, monthRange } from '../../time';
import { recordAudit } from '../audit';
import { Role } from '../../domain/roles';
import { Staff } from '../staff';
import { AttendanceRecord, AttendanceStatus } from './attendance-record.entity';
import { parseIdArg } from '../../graphql/ids';
import { MANAGEMENT } from '../../domain/role-sets';

/** Who keeps and reads the department's attendance (and its other administration records). */
export const ADMINISTRATION_ROLES: readonly Role[] = MANAGEMENT;

/** Statuses that may be recorded ahead of the day (planned leave, a planned trip). */
const PLANNABLE: ReadonlySet<AttendanceStatus> = new Set([AttendanceStatus.LEAVE, AttendanceStatus.BUSINESS_TRIP]);

const STATUS_WORDS: Record<AttendanceStatus, string> = {
  PRESENT: 'present',
  LEAVE: 'on leave',
  SICK: 'sick',
  BUSINESS_TRIP: 'on a business trip',
  UNEXCUSED_ABSENCE: 'an unexcused absence',
};

/**
 * Upserts the (staff, date) attendance row as UNEXCUSED_ABSENCE pointing at the false visit,
 * overriding whatever was recorded for that day. Runs in the caller's transaction.
 */
export async function recordUnexcusedAbsence(
  m: EntityManager,
  staffId: number,
  date: LocalDate,
  visitId: number,
  actorId: number,
): Promise<void> {
  const set = { status: AttendanceStatus.UNEXCUSED_ABSENCE, falseVisitId: visitId, recordedById: actorId };
  const update = () =>
    m
      .createQueryBuilder()
      .update(AttendanceRecord)
      .set(set)
      .where('staffId = :staffId AND date = :date', { staffId, date })
      .execute();
  const updated = await update();
  if (updated.affected) return;
  try {
    await m.insert(AttendanceRecord, { staffId, date, ...set });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await update();
  }
}

/** One staff member's days of each status in a month. */
export interface AttendanceCounts {
  present: number;
  leave: number;
  sick: number;
  businessTrip: number;
  unexcusedAbsences: number;
  /** The part of unexcusedAbsences that comes from visit reports found false. */
  fromFalseVisitReports: number;
}

export function emptyCounts(): AttendanceCounts {
  return { present: 0, leave: 0, sick: 0, businessTrip: 0, unexcusedAbsences: 0, fromFalseVisitReports: 0 };
}

/**
 * Counts each staff member's attendance records of [first, last] by status, in the database
 * (one GROUP BY), so a report counts exactly the rows there are.
 */
export async function countAttendance(
  db: DataSource | EntityManager,
  first: LocalDate,
  last: LocalDate,
): Promise<Map<number, AttendanceCounts>> {
  const rows: Array<{
    staffId: number | string;
    status: AttendanceStatus;
    days: number | string;
    falseVisits: number | string | null;
  }> = await db
    .createQueryBuilder(AttendanceRecord, 'a')
    .select('a.staffId', 'staffId')
    .addSelect('a.status', 'status')
    .addSelect('COUNT(*)', 'days')
    .addSelect('SUM(CASE WHEN a.falseVisitId IS NULL THEN 0 ELSE 1 END)', 'falseVisits')
    .where('a.date >= :first AND a.date <= :last', { first, last })
    .groupBy('a.staffId')
    .addGroupBy('a.status')
    .getRawMany();
  const byStaff = new Map<number, AttendanceCounts>();
  for (const row of rows) {
    const staffId = Number(row.staffId);
    const counts = byStaff.get(staffId) ?? emptyCounts();
    const days = Number(row.days);
    switch (row.status) {
      case AttendanceStatus.PRESENT:
        counts.present += days;
        break;
      case AttendanceStatus.LEAVE:
        counts.leave += days;
        break;
      case AttendanceStatus.SICK:
        counts.sick += days;
        break;
      case AttendanceStatus.BUSINESS_TRIP:
        counts.businessTrip += days;
        break;
      case AttendanceStatus.UNEXCUSED_ABSENCE:
        counts.unexcusedAbsences += days;
        counts.fromFalseVisitReports += Number(row.falseVisits ?? 0);
        break;
    }
    byStaff.set(staffId, counts);
  }
  return byStaff;
}

/**
 * The staff a monthly report lists: every active staff member, and anyone (even deactivated
 * since) who has records in the month, so the report accounts for every record. By name.
 */
export async function reportStaff(db: DataSource, withRecords: Iterable<number>): Promise<Staff[]> {
  const ids = [...new Set(withRecords)];
  const qb = db.getRepository(Staff).createQueryBuilder('s').leftJoinAndSelect('s.roleRows', 'r');
  qb.where(
    new Brackets((w) => {
      w.where('s.active = :active', { active: true });
      if (ids.length) w.orWhere('s.id IN (:...ids)', { ids });
    }),
  );
  return qb.orderBy('s.name').addOrderBy('s.id').getMany();
}

export interface AttendanceSummaryRowData extends AttendanceCounts {
  staff: Staff;
  month: string;
  recordedDays: number;
}

/** Attendance (考勤): recorded per staff member and day by the assistant manager and leaders. */
export class AttendanceService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  /**
   * Records (or corrects) one staff member's attendance on one day. A day that is an unexcused
   * absence because a visit report was found false is never overwritten here (CONFLICT).
   */
  async record(actor: Actor, staffIdArg: string, date: LocalDate, status: AttendanceStatus): Promise<AttendanceRecord> {
    const staffId = parseIdArg(staffIdArg, 'staffId');
    const today = localDateIn(this.timeZone, new Date());
    checkDate(date, 'date', windows.any(today));
    if (date > today && !PLANNABLE.has(status)) {
      throw new BadUserInputError(
        `Only leave or a business trip may be recorded ahead of the day; ${date} has not come yet.`,
        'date',
      );
    }
    const attempt = () =>
      inTransaction(this.db, async (m) => {
        const staff = await m.findOne(Staff, { where: { id: staffId } });
        if (!staff) throw new NotFoundError('Staff member', staffIdArg);
        const existing = await m.findOne(AttendanceRecord, { where: { staffId, date } });
        let id: number;
        if (existing) {
          if (existing.falseVisitId !== null) throw falseVisitConflict(staff, existing);
          // Conditional: a false visit report marked meanwhile wins over this correction.
          const result = await m
            .createQueryBuilder()
            .update(AttendanceRecord)
            .set({ status, recordedById: actor.id })
            .where('id = :id AND falseVisitId IS NULL', { id: existing.id })
            .execute();
          if (!result.affected) {
            const now = await m.findOneOrFail(AttendanceRecord, { where: { id: existing.id } });
            throw falseVisitConflict(staff, now);
          }
          id = existing.id;
        } else {
          const inserted = await m.insert(AttendanceRecord, {
            staffId,
            date,
            status,
            falseVisitId: null,
            recordedById: actor.id,
          });
          id = Number(inserted.identifiers[0].id);
        }
        await recordAudit(m, actor.id, {
          action: 'attendance.recorded',
          entityType: 'AttendanceRecord',
          entityId: id,
          summary: `${staff.name} on ${date}: ${STATUS_WORDS[status]}${existing ? ` (was ${STATUS_WORDS[existing.status]})` : ''}`,
        });
        return m.findOneOrFail(AttendanceRecord, { where: { id } });
      });
    try {
      return await attempt();
    } catch (error) {
      // Someone recorded the same day at the same moment: record again as a correction of theirs.
      if (isUniqueViolation(error)) return attempt();
      throw error;
    }
  }

  /** A staff member's records of a month, by day: their own, or anyone's for the administration roles. */
  async recordsOf(actor: Actor, staffIdArg: string, month: string): Promise<AttendanceRecord[]> {
    const staffId = parseIdArg(staffIdArg, 'staffId');
    if (staffId !== actor.id && !hasRole(actor, ...ADMINISTRATION_ROLES)) {
      throw new ForbiddenError('You may see only your own attendance.');
    }
    const { first, last } = monthRange(month);
    return this.db
      .getRepository(AttendanceRecord)
      .createQueryBuilder('a')
      .where('a.staffId = :staffId AND a.date >= :first AND a.date <= :last', { staffId, first, last })
      .orderBy('a.date', 'ASC')
      .getMany();
  }

  /** Per staff member, the month's days of each status (the monthly attendance summary). */
  async summary(month: string): Promise<AttendanceSummaryRowData[]> {
    const { first, last } = monthRange(month);
    const counts = await countAttendance(this.db, first, last);
    const staff = await reportStaff(this.db, counts.keys());
    return staff.map((s) => {
      const c = counts.get(s.id) ?? emptyCounts();
      return {
        staff: s,
        month,
        ...c,
        recordedDays: c.present + c.leave + c.sick + c.businessTrip + c.unexcusedAbsences,
      };
    });
  }
}

function falseVisitConflict(staff: Staff, record: AttendanceRecord): ConflictError {
  return new ConflictError(
    `${record.date} is an unexcused absence (旷工) of ${staff.name} because a leader found the report of visit ${record.falseVisitId} false; ` +
      'it cannot be changed by recording attendance.',
  );
}
