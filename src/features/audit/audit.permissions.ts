import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const auditPermissions = {
  Query: {
    auditEvents: hasRole(Role.DIRECTOR, Role.MANAGER),
  },
};
