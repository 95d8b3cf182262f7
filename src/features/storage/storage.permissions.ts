import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const storagePermissions = {
  Query: {
    storageAreaNotices: hasRole(Role.SALESPERSON, Role.ORDER_CLERK, Role.COLLECTOR, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
  Mutation: {
    recordStorageOccupancy: hasRole(Role.ORDER_CLERK, Role.MANAGER, Role.DIRECTOR),
    endStorageOccupancy: hasRole(Role.ORDER_CLERK, Role.MANAGER, Role.DIRECTOR),
  },
};
