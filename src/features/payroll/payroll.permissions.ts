import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const payrollPermissions = {
  Query: {
    payrollSummary: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
};
