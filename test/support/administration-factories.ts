import { TestApp } from './app';
import { Role } from '../../src/domain/roles';
import { AttendanceRecord, AttendanceStatus } from '../../src/features/attendance/attendance-record.entity';
import { localDateIn } from '../../src/time';

export const ALL_ROLES: Role[] = Object.values(Role);

/** Every role but the given ones: the callers a rule must refuse. */
export function rolesExcept(...allowed: Role[]): Role[] {
  return ALL_ROLES.filter((r) => !allowed.includes(r));
}

/** "Today" in the company's time zone, as the server sees it. */
export function companyToday(app: TestApp): string {
  return localDateIn(app.config.timeZone, new Date());
}

/**
 * Inserts the unexcused absence a false visit report leaves (what the visits feature writes when a
 * leader marks a visit report false), directly, with `falseVisitId` set.
 */
export async function insertFalseVisitAbsence(
  app: TestApp,
  staffId: number,
  date: string,
  falseVisitId: number,
): Promise<AttendanceRecord> {
  const repo = app.db.getRepository(AttendanceRecord);
  return repo.save(
    repo.create({ staffId, date, status: AttendanceStatus.UNEXCUSED_ABSENCE, falseVisitId, recordedById: null }),
  );
}

export async function countRows(app: TestApp, table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  const rows = await app.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}
