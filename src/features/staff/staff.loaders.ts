import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { placeholders, selectPlainEntities } from '../../db/plain-entities';
import { Staff } from './staff.entity';
import { StaffRole } from './staff-role.entity';

/**
 * Staff by id with their roles, as `find()` gives them with the eager `roleRows`, in one statement
 * (staff joined to staff_role) read as plain rows rather than through TypeORM's join transformer:
 * the owners of a page of customers, the deciders of a page of requests, come through here.
 */
export function staffByIdLoader(db: DataSource) {
  return new DataLoader<number, Staff | null>(async (ids) => {
    const { entities, raw } = await selectPlainEntities<Staff>(
      db,
      Staff,
      { alias: 's', extra: { role: 'r.role' } },
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
    return ids.map((id) => byId.get(id) ?? null);
  });
}
