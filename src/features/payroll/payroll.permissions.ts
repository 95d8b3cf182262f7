import { hasRole } from '../../auth/rules';
import { MANAGEMENT } from '../../domain/role-sets';

export const payrollPermissions = {
  Query: {
    payrollSummary: hasRole(...MANAGEMENT),
  },
};
