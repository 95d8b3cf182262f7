import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, canSeeCustomerMoney, customerMoneyRule } from '../customers';
import { MONEY_READERS } from '../../domain/role-sets';

const REPORT_READERS = MONEY_READERS;

const receivableMoney = customerMoneyRule('Receivable', byCustomerId);

export const receivablePermissions = {
  Query: {
    receivables: hasRole(...REPORT_READERS, Role.SALESPERSON),
    monthlyReceivablesReport: hasRole(...REPORT_READERS),
    agingReport: hasRole(...REPORT_READERS),
  },
  // A customer's money, by every path (see money-access.ts).
  Customer: {
    balance: canSeeCustomerMoney,
    openReceivables: canSeeCustomerMoney,
  },
  Receivable: {
    amount: receivableMoney,
    outstanding: receivableMoney,
  },
};
