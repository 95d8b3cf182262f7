import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const auditPermissions = {
  Query: {
    auditEvents: hasRole(Role.DIRECTOR, Role.MANAGER),
  },
};
