import { hasRole, isAuthenticated, isDepartmentHead } from '../../auth/rules';
import { SALES_AND_LEADERS } from '../../domain/role-sets';

export const operationNoticePermissions = {
  Query: {
    operationNotices: isAuthenticated,
  },
  Mutation: {
    createOperationNotice: hasRole(...SALES_AND_LEADERS),
    signOperationNotice: isDepartmentHead, // which department: checked by the sign-off service
  },
};
