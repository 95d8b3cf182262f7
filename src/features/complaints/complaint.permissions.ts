import { rule } from 'graphql-shield';
import { hasRole, isAuthenticated } from '../../auth/rules';
import type { Context } from '../../context';
import { Role } from '../../domain/roles';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { Complaint } from './complaint.entity';
import { canSeeComplaintDetails } from './complaint.service';

/**
 * A complaint's details (description, resolution, follow-up) are for the customer's owner, the
 * handler and the leaders. It depends on the row, so it is never cached across rows; the owner
 * comes from the per-request customer loader (one batched load per page).
 */
const canSeeComplaintDetailsRule = rule('canSeeComplaintDetails', { cache: 'no_cache' })(async (
  complaint: Complaint,
  _args,
  ctx: Context,
) => {
  if (!ctx.actor) return new UnauthenticatedError();
  const customer = await ctx.loaders.customer.load(complaint.customerId);
  return canSeeComplaintDetails(ctx.actor, complaint, customer?.ownerId)
    ? true
    : new ForbiddenError("A complaint's details are seen only by the customer's owner, its handler and the leaders.");
});

export const complaintPermissions = {
  Query: {
    // Rows: leaders all, anyone else own customers' and assigned ones (a WHERE in the service).
    complaints: isAuthenticated,
  },
  Mutation: {
    // Whoever heard it records it.
    recordComplaint: isAuthenticated,
    assignComplaint: hasRole(Role.MANAGER, Role.DIRECTOR),
    // Only the handler (checked in the service against the row).
    resolveComplaint: isAuthenticated,
    // The handler or a leader (checked in the service against the row).
    linkComplaintFollowUp: isAuthenticated,
  },
  Complaint: {
    description: canSeeComplaintDetailsRule,
    resolution: canSeeComplaintDetailsRule,
    followUpSurvey: canSeeComplaintDetailsRule,
  },
};
