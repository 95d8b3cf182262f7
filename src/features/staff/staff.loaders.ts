import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { placeholders, selectPlainEntities } from '../../db/plain-entities';
import { Staff } from './staff.entity';
import { StaffRole } from './staff-role.entity';

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
    if (!staff) {
      staff = row;
      staff.roleRows = [];
      byId.set(row.id, staff);
    }
    const role = (raw[i] as { role: StaffRole['role'] | null }).role;
    if (role) staff.roleRows.push(Object.assign(new StaffRole(), { staffId: row.id, role }));
  });
  return byId;
}

/**
 * The request's staff by id: the owners of a page of customers, the deciders of a page of
 * requests. The caller, read whole when the request was authenticated, is primed into it
 * (context.ts), so a salesperson's own customers name their owner without another statement.
 */
export function staffByIdLoader(db: DataSource) {
  return new DataLoader<number, Staff | null>(async (ids) => {
    const byId = await readStaff(db, ids);
    return ids.map((id) => byId.get(id) ?? null);
  });
}
