import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const payrollPermissions = {
  Query: {
    payrollSummary: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
};
