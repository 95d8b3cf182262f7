import type { DataSource } from 'typeorm';
import { joinedEntity } from '../../db/plain-entities';
import { parseIdArg } from '../../graphql/ids';
import type { Role } from '../../domain/roles';
import { Staff, StaffRole, withRoles } from '../staff';
import type { CustomerPageColumn } from './customer-page-columns';

/**
 * The owners of a page of customers, read in the page's own statement when the query asks for
 * `owner`: each customer's owner row joined in, with the roles the owner holds as one
 * comma-separated list (roles are names without commas). The request then holds them whole, as the
 * staff loader would have read them, and the field answers at once (`knownStaff`).
 */
export function pageOwnersColumn(db: DataSource): CustomerPageColumn {
  const owner = joinedEntity(db, Staff, 'page_owner', 'owner_c');
  const roles = db.driver.escape(db.getMetadata(StaffRole).tableName);
  return {
    field: 'owner',
    join: `LEFT JOIN ${db.driver.escape(db.getMetadata(Staff).tableName)} page_owner ON page_owner.id = c.ownerId`,
    columns: {
      ...owner.columns,
      owner_roles: `(SELECT GROUP_CONCAT(r.role) FROM ${roles} r WHERE r.staffId = c.ownerId)`,
    },
    // A page of one owner's customers whom the request holds already (a salesperson's own) needs no join.
    // The id is read as the filter reads it: a malformed one is the filter's BAD_USER_INPUT on ownerId.
    needless: (ctx, filter) =>
      filter?.ownerId != null && ctx.loaders.knownStaff.has(parseIdArg(filter.ownerId, 'ownerId')),
    keep: (ctx, rows, raw) => {
      const known = ctx.loaders.knownStaff;
      rows.forEach((customer, i) => {
        // The first value this request holds for a staff member is the one every field answers with.
        if (known.has(customer.ownerId)) return;
        const staff = owner.read(raw[i]);
        const held = raw[i].owner_roles as string | null;
        if (staff) known.set(staff.id, withRoles(staff, held ? (held.split(',') as Role[]) : []));
      });
    },
  };
}
