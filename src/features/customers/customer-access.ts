import { Actor, isLeader } from '../../auth/actor';
import { ForbiddenError } from '../../errors';

/**
 * Who may act for a customer (record visits, file requests, pickups): its owner and the
 * leaders (MANAGER, DIRECTOR). Everyone else is FORBIDDEN.
 */
export function canActFor(actor: Actor, customer: { ownerId: number }): boolean {
  return customer.ownerId === actor.id || isLeader(actor);
}

export function assertCanActFor(actor: Actor, customer: { ownerId: number; name?: string }): void {
  if (!canActFor(actor, customer)) {
    throw new ForbiddenError('Only the customer\'s owner or a leader may do this for this customer.');
  }
}
