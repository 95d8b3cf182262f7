import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const departmentReportPermissions = {
  Query: {
    workloadReport: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
    monthlyRevenueReport: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
};
