/** The staff feature's one door: what other features may use of it. */
export { Staff } from './staff.entity';
export { normalizeEmail } from './staff.service';
export type { StaffHooks } from './staff.service';
export { DepartmentHead } from './department-head.entity';
export { StaffRole } from './staff-role.entity';
export { withRoles } from './staff.loaders';
