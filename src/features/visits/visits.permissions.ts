import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

/** Salespeople and leaders record visits (row checks in the service); the ASSISTANT_MANAGER reads all of them. */
const recorders = hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR);
const readers = hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER);

export const visitsPermissions = {
  Query: {
    visits: readers,
    visitRequests: readers,
  },
  Mutation: {
    planVisit: recorders,
    checkInVisit: recorders,
    completeVisit: recorders,
    cancelVisit: recorders,
    markVisitFalse: hasRole(Role.MANAGER, Role.DIRECTOR),
    recordVisitRequest: recorders,
  },
};
