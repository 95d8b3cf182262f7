import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../staff/role';

export const operationNoticePermissions = {
  Query: {
    operationNotices: isAuthenticated,
  },
  Mutation: {
    createOperationNotice: hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR),
    signOperationNotice: isAuthenticated, // only the named department's head: checked against department_head in the service
  },
};
