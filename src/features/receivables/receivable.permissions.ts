import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

const REPORT_READERS = [Role.COLLECTOR, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR];

export const receivablePermissions = {
  Query: {
    receivables: hasRole(...REPORT_READERS, Role.SALESPERSON),
    monthlyReceivablesReport: hasRole(...REPORT_READERS),
    agingReport: hasRole(...REPORT_READERS),
  },
};
