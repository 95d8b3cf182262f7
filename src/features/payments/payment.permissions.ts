import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const paymentPermissions = {
  Mutation: {
    recordPayment: hasRole(Role.COLLECTOR),
  },
};
