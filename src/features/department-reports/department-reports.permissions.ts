import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const departmentReportPermissions = {
  Query: {
    workloadReport: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
    monthlyRevenueReport: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
};
