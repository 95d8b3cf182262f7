import { hasRole, isAuthenticated, isPublic } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const authPermissions = {
  Mutation: {
    login: isPublic,
    changePassword: isAuthenticated,
    logout: isAuthenticated,
    unlockStaff: hasRole(Role.DIRECTOR),
  },
};
