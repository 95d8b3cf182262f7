import { hasRole, isAuthenticated } from '../../auth/rules';
import { LEADERS } from '../../domain/role-sets';

export const violationPermissions = {
  Query: {
    // Everyone sees their own; ASSISTANT_MANAGER and leaders see all (a WHERE in the service).
    violations: isAuthenticated,
  },
  Mutation: {
    recordViolation: hasRole(...LEADERS),
  },
};
