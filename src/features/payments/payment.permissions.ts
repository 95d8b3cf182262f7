import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../customers';

export const paymentPermissions = {
  Mutation: {
    recordPayment: hasRole(Role.COLLECTOR),
  },
  Payment: {
    amount: customerMoneyRule('Payment', byCustomerId),
  },
};
