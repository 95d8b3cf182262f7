import { hasRole } from '../../auth/rules';
import { MANAGEMENT } from '../../domain/role-sets';

export const departmentReportPermissions = {
  Query: {
    workloadReport: hasRole(...MANAGEMENT),
    monthlyRevenueReport: hasRole(...MANAGEMENT),
  },
};
