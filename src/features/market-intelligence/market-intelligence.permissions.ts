import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { MANAGEMENT, SALES_AND_LEADERS } from '../../domain/role-sets';

export const marketIntelligencePermissions = {
  Query: {
    // A salesperson's rows are their own records (a WHERE in the service).
    marketIntelligence: hasRole(Role.SALESPERSON, ...MANAGEMENT),
    marketIntelligenceSummary: hasRole(...MANAGEMENT),
  },
  Mutation: {
    recordMarketIntelligence: hasRole(...SALES_AND_LEADERS),
  },
};
