import { Actor, hasRole, isLeader } from '../../auth/actor';
import { ForbiddenError } from '../../errors';
import { Role } from '../../domain/roles';
import { MONEY_READERS } from '../../domain/role-sets';

/**
 * Who may act for a customer (record visits, file requests, pickups): its owner and the
 * leaders (MANAGER, DIRECTOR). Everyone else is FORBIDDEN.
 */
export function canActFor(actor: Actor, customer: { ownerId: number }): boolean {
  return customer.ownerId === actor.id || isLeader(actor);
}

export function assertCanActFor(actor: Actor, customer: { ownerId: number; name?: string }): void {
  if (!canActFor(actor, customer)) {
    throw new ForbiddenError("Only the customer's owner or a leader may do this for this customer.");
  }
}

/** The roles that see every customer's contact details (besides the owner). */
export const CONTACT_ROLES: readonly Role[] = [...MONEY_READERS, Role.ORDER_CLERK];

/**
 * Who may see a customer's contact details (contact persons, phones, address, notes,
 * coordinates): the owner and CONTACT_ROLES. Other salespeople see the customer without them.
 */
export function canSeeContacts(actor: Actor | null | undefined, customer: { ownerId: number }): boolean {
  return !!actor && (customer.ownerId === actor.id || hasRole(actor, ...CONTACT_ROLES));
}

export function assertCanSeeContacts(actor: Actor, customer: { ownerId: number }): void {
  if (!canSeeContacts(actor, customer)) {
    throw new ForbiddenError(
      "Only the customer's owner and the roles that need contacts may see this customer's contact details.",
    );
  }
}
