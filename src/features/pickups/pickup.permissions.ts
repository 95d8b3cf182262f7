import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const pickupPermissions = {
  Query: {
    pickupNotices: isAuthenticated,
  },
  Mutation: {
    createPickupNotice: hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR),
    signPickupNotice: hasRole(Role.DISPATCHER),
    rejectPickupNotice: hasRole(Role.DISPATCHER),
  },
};
