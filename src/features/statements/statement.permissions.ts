import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

/** Readers: the money roles see all; a SALESPERSON sees own customers' (row filter in the service). */
export const STATEMENT_READERS = [Role.COLLECTOR, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR, Role.SALESPERSON];

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
};
