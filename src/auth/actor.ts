import { Department, LEADER_ROLES, Role } from '../domain/roles';
import { UnauthenticatedError } from '../errors';

/** The signed-in staff member as this request sees them: roles as they are in the database now. */
export interface Actor {
  id: number;
  name: string;
  roles: Role[];
  department: Department;
}

export function hasRole(actor: Actor | null | undefined, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r));
}

export function isLeader(actor: Actor | null | undefined): boolean {
  return hasRole(actor, ...LEADER_ROLES);
}

/**
 * The caller of a resolver the shield opens only to signed-in staff. The shield has already
 * refused anonymous callers, so a null here means a rule was loosened: answer UNAUTHENTICATED
 * rather than run a service without a caller.
 */
export function signedIn(ctx: { actor: Actor | null }): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}
