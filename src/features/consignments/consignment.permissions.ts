import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../customers';

const consignmentMoney = customerMoneyRule('Consignment', byCustomerId);

export const consignmentPermissions = {
  Query: {
    consignments: hasRole(Role.COLLECTOR, Role.DISPATCHER, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR, Role.SALESPERSON),
  },
  Mutation: {
    recordConsignment: hasRole(Role.COLLECTOR, Role.DISPATCHER),
  },
  // What the customer is charged is its money (see money-access.ts); the rate is a term, public like Customer.freightRate.
  Consignment: {
    freight: consignmentMoney,
    countingFee: consignmentMoney,
    handlingFee: consignmentMoney,
    otherFee: consignmentMoney,
    total: consignmentMoney,
  },
};
