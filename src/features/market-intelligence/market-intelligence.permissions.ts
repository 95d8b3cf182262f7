import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const marketIntelligencePermissions = {
  Query: {
    // A salesperson's rows are their own records (a WHERE in the service).
    marketIntelligence: hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER),
    marketIntelligenceSummary: hasRole(Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER),
  },
  Mutation: {
    recordMarketIntelligence: hasRole(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR),
  },
};
