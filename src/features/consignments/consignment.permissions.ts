import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../customers';
import { MONEY_READERS } from '../../domain/role-sets';

const consignmentMoney = customerMoneyRule('Consignment', byCustomerId);

export const consignmentPermissions = {
  Query: {
    consignments: hasRole(...MONEY_READERS, Role.DISPATCHER, Role.SALESPERSON),
  },
  Mutation: {
    recordConsignment: hasRole(Role.COLLECTOR, Role.DISPATCHER),
  },
  // What the customer is charged is its money (see money-access.ts); the rate is a term, public like
  // Customer.freightRate.
  Consignment: {
    freight: consignmentMoney,
    countingFee: consignmentMoney,
    handlingFee: consignmentMoney,
    otherFee: consignmentMoney,
    total: consignmentMoney,
  },
};
