import { hasRole } from '../../auth/rules';
import { LEADERS } from '../../domain/role-sets';

export const auditPermissions = {
  Query: {
    auditEvents: hasRole(...LEADERS),
  },
};
