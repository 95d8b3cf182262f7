import { rule } from 'graphql-shield';
import { hasRole } from '../../auth/rules';
import type { Context } from '../../context';
import { Role } from '../../domain/roles';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { canSeeTargetOf } from './target.service';
import { LEADERS, MANAGEMENT } from '../../domain/role-sets';

/**
 * A salesperson's targets and achievement are theirs and the readers' (DIRECTOR, MANAGER,
 * ASSISTANT_MANAGER). Depends on the parent's staffId (null: the department's sums, readers only),
 * so it is never cached across rows.
 */
const ownTargetOrReader = rule('canSeeTargetOf', { cache: 'no_cache' })((
  parent: { staffId: number | null },
  _args,
  ctx: Context,
) => {
  if (!ctx.actor) return new UnauthenticatedError();
  return canSeeTargetOf(ctx.actor, parent.staffId ?? null)
    ? true
    : new ForbiddenError('A salesperson sees only their own targets and achievement.');
});

export const targetPermissions = {
  Query: {
    // A salesperson's rows are filtered to their own in the service; the field rules guard each figure.
    targetAchievement: hasRole(Role.SALESPERSON, ...MANAGEMENT),
    salesTargetChanges: hasRole(...LEADERS),
  },
  Mutation: {
    setSalesTarget: hasRole(...LEADERS),
  },
  TargetAchievementReport: {
    department: ownTargetOrReader,
  },
  TargetAchievementRow: {
    sales: ownTargetOrReader,
    collections: ownTargetOrReader,
  },
  SalesTarget: {
    salesTarget: ownTargetOrReader,
    collectionTarget: ownTargetOrReader,
  },
  SalesTargetChange: {
    salesTarget: ownTargetOrReader,
    collectionTarget: ownTargetOrReader,
    previousSalesTarget: ownTargetOrReader,
    previousCollectionTarget: ownTargetOrReader,
  },
};
