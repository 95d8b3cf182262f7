import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { MANAGEMENT } from '../../domain/role-sets';

export const rankingPermissions = {
  Query: {
    // A salesperson's rows are filtered to their own in the service.
    performanceRanking: hasRole(Role.SALESPERSON, ...MANAGEMENT),
    rankingWeights: hasRole(Role.SALESPERSON, ...MANAGEMENT),
  },
  Mutation: {
    setRankingWeights: hasRole(Role.DIRECTOR),
  },
};
