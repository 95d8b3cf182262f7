import { hasRole, isAuthenticated, isPublic } from '../../auth/rules';
import { Role } from '../staff/role';

export const authPermissions = {
  Mutation: {
    login: isPublic,
    changePassword: isAuthenticated,
    logout: isAuthenticated,
    unlockStaff: hasRole(Role.DIRECTOR),
  },
};
