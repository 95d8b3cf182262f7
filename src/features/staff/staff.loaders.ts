import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { placeholders, selectPlainEntities } from '../../db/plain-entities';
import { Staff } from './staff.entity';
import { StaffRole } from './staff-role.entity';
import type { Role } from '../../domain/roles';

/**
 * Staff by id with their roles, as `find()` gives them with the eager `roleRows`, in one statement
 * (staff joined to staff_role) read as plain rows rather than through TypeORM's join transformer.
 * `from`: the caller's own check reads the primary (a logout or deactivation is seen at once);
 * pages read where TypeORM sends reads.
 */
export async function readStaff(
  db: DataSource,
  ids: readonly number[],
  from: 'primary' | 'replica' = 'replica',
): Promise<Map<number, Staff>> {
  const { entities, raw } = await selectPlainEntities<Staff>(
    db,
    Staff,
    { alias: 's', extra: { role: 'r.role' }, from },
    `LEFT JOIN ${db.driver.escape(db.getMetadata(StaffRole).tableName)} r ON r.staffId = s.id WHERE s.id IN (${placeholders(ids.length)})`,
    [...ids],
  );
  const byId = new Map<number, Staff>();
  entities.forEach((row, i) => {
    let staff = byId.get(row.id);
    if (!staff) byId.set(row.id, (staff = withRoles(row, [])));
    const role = (raw[i] as { role: Role | null }).role;
    if (role) staff.roleRows.push(roleRow(row.id, role));
  });
  return byId;
}

/** A staff row with the roles it holds, as `find()` gives it with the eager `roleRows`. */
export function withRoles(staff: Staff, roles: readonly Role[]): Staff {
  staff.roleRows = roles.map((role) => roleRow(staff.id, role));
  return staff;
}

const roleRow = (staffId: number, role: Role) => Object.assign(new StaffRole(), { staffId, role });

/**
 * The request's staff by id: the owners of a page of customers, the deciders of a page of
 * requests. `known` holds those the request has read whole already: the caller, read when the
 * request was authenticated (context.ts), so a salesperson's own customers name their owner without
 * another statement, and the owners a page of customers read with its rows.
 */
export function staffByIdLoader(db: DataSource, known: ReadonlyMap<number, Staff>) {
  return new DataLoader<number, Staff | null>(async (ids) => {
    // Staff the request already holds whole (`known`) are answered as they are, without a statement.
    const unknown = ids.filter((id) => !known.has(id));
    const byId = unknown.length ? await readStaff(db, unknown) : new Map<number, Staff>();
    return ids.map((id) => known.get(id) ?? byId.get(id) ?? null);
  });
}
