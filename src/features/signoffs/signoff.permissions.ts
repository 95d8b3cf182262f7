import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const signoffPermissions = {
  Query: {
    signoffPolicy: isAuthenticated,
  },
  Mutation: {
    setSignoffPolicy: hasRole(Role.DIRECTOR),
  },
};
