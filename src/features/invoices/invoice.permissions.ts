import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const invoicePermissions = {
  Mutation: {
    issueInvoice: hasRole(Role.COLLECTOR),
  },
};
