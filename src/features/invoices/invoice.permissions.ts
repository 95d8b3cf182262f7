import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byStatementId, customerMoneyRule } from '../customers';

export const invoicePermissions = {
  Mutation: {
    issueInvoice: hasRole(Role.COLLECTOR),
  },
  Invoice: {
    amount: customerMoneyRule('Invoice', byStatementId),
  },
};
