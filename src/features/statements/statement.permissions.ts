import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, byStatementId, customerMoneyRule } from '../customers';
import { MONEY_READERS } from '../../domain/role-sets';

/** Readers: the money roles see all; a SALESPERSON sees own customers' (row filter in the service). */
export const STATEMENT_READERS = [...MONEY_READERS, Role.SALESPERSON];

const statementMoney = customerMoneyRule('Statement', byCustomerId);
const statementLineMoney = customerMoneyRule('StatementLine', byStatementId);

export const statementPermissions = {
  Query: {
    statements: hasRole(...STATEMENT_READERS),
    statement: hasRole(...STATEMENT_READERS),
  },
  Mutation: {
    issueStatement: hasRole(Role.COLLECTOR),
    confirmStatement: hasRole(Role.COLLECTOR),
    voidStatement: hasRole(Role.COLLECTOR),
  },
  // A customer's money, by every path (see money-access.ts).
  Statement: {
    total: statementMoney,
    lines: statementMoney,
    invoice: statementMoney,
  },
  StatementLine: {
    amount: statementLineMoney,
    description: statementLineMoney,
  },
};
