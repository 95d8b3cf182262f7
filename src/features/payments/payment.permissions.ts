import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../receivables/money-access';

export const paymentPermissions = {
  Mutation: {
    recordPayment: hasRole(Role.COLLECTOR),
  },
  Payment: {
    amount: customerMoneyRule('Payment', byCustomerId),
  },
};
