import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { SALES_AND_LEADERS } from '../../domain/role-sets';

export const pickupPermissions = {
  Query: {
    pickupNotices: isAuthenticated,
  },
  Mutation: {
    createPickupNotice: hasRole(...SALES_AND_LEADERS),
    signPickupNotice: hasRole(Role.DISPATCHER),
    rejectPickupNotice: hasRole(Role.DISPATCHER),
  },
};
