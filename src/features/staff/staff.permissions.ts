import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const staffPermissions = {
  Query: {
    me: isAuthenticated,
    staffMembers: isAuthenticated,
    departmentHeads: isAuthenticated,
  },
  Mutation: {
    createStaff: hasRole(Role.DIRECTOR),
    setStaffRoles: hasRole(Role.DIRECTOR),
    deactivateStaff: hasRole(Role.DIRECTOR),
    reactivateStaff: hasRole(Role.DIRECTOR),
    setDepartmentHead: hasRole(Role.DIRECTOR),
  },
};
