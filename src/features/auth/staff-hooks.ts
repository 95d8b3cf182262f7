import type { StaffHooks } from '../staff';
import { clearLoginFailures } from './login-throttle';

/** How sign-in reacts to staff changes; the composition root hands these to StaffService. */
export const staffHooks: StaffHooks = {
  // A reactivated account starts with a clean slate: its old failures must not lock it again.
  reactivated: (manager, staff) => clearLoginFailures(manager, staff.email),
};
