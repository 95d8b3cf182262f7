import { Department, LEADER_ROLES, Role } from '../domain/roles';

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
