import { Role } from './roles';

/**
 * Named sets of roles that several rules share, so a change to who belongs to one is one edit.
 * Leaders (LEADER_ROLES) live beside the roles themselves.
 */

/** Roles that see every customer's money records; anyone else (a salesperson) sees own customers' only. */
export const MONEY_READERS: Role[] = [Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER, Role.COLLECTOR];
