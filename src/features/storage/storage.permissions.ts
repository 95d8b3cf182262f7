import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { LEADERS, MONEY_READERS } from '../../domain/role-sets';

export const storagePermissions = {
  Query: {
    storageAreaNotices: hasRole(...MONEY_READERS, Role.SALESPERSON, Role.ORDER_CLERK),
  },
  Mutation: {
    recordStorageOccupancy: hasRole(Role.ORDER_CLERK, ...LEADERS),
    endStorageOccupancy: hasRole(Role.ORDER_CLERK, ...LEADERS),
  },
};
