import { hasRole } from '../../auth/rules';
import { Role } from '../staff/role';

export const consignmentPermissions = {
  Query: {
    consignments: hasRole(Role.COLLECTOR, Role.DISPATCHER, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR, Role.SALESPERSON),
  },
  Mutation: {
    recordConsignment: hasRole(Role.COLLECTOR, Role.DISPATCHER),
  },
};
