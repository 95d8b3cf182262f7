import { hasRole, isAuthenticated, isDepartmentHead } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const operationNoticePermissions = {
  Query: {
    operationNotices: isAuthenticated,
  },
  Mutation: {
    createOperationNotice: hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR),
    signOperationNotice: isDepartmentHead, // which department: checked by the sign-off service
  },
};
