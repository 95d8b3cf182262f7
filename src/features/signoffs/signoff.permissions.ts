import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../staff/role';

export const signoffPermissions = {
  Query: {
    signoffPolicy: isAuthenticated,
  },
  Mutation: {
    setSignoffPolicy: hasRole(Role.DIRECTOR),
  },
};
