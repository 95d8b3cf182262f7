import { hasRole } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const rankingPermissions = {
  Query: {
    // A salesperson's rows are filtered to their own in the service.
    performanceRanking: hasRole(Role.SALESPERSON, Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER),
    rankingWeights: hasRole(Role.SALESPERSON, Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER),
  },
  Mutation: {
    setRankingWeights: hasRole(Role.DIRECTOR),
  },
};
