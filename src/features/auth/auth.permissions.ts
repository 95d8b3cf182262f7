import { hasRole, isPublic } from '../../auth/rules';
import { Role } from '../staff/role';

export const authPermissions = {
  Mutation: {
    login: isPublic,
    unlockStaff: hasRole(Role.DIRECTOR),
  },
};
