import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { LEADERS, SALES_AND_LEADERS } from '../../domain/role-sets';

/** Salespeople and leaders record visits (row checks in the service); the ASSISTANT_MANAGER reads all of them. */
const recorders = hasRole(...SALES_AND_LEADERS);
const readers = hasRole(...SALES_AND_LEADERS, Role.ASSISTANT_MANAGER);

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
    markVisitFalse: hasRole(...LEADERS),
    recordVisitRequest: recorders,
  },
};
