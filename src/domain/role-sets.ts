import { LEADER_ROLES, Role } from './roles';

/**
 * Named sets of roles that several rules share, so a change to who belongs to one is one edit.
 * Leaders (LEADER_ROLES: DIRECTOR, MANAGER) live beside the roles themselves. A set one feature
 * needs is named in that feature from these (STATEMENT_READERS, ORDER_READER_ROLES, CONTACT_ROLES);
 * only a role a rule adds to a set, or a rule of its own (recordConsignment), is written in place.
 */

/** Roles that see every customer's money records; anyone else (a salesperson) sees own customers' only. */
export const MONEY_READERS: Role[] = [Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER, Role.COLLECTOR];

/** The leaders. */
export const LEADERS: Role[] = [...LEADER_ROLES];

/**
 * The department's management: the leaders and the assistant manager, who keeps attendance,
 * payroll and the department's reports, and sees everyone's visits, requests and analyses.
 */
export const MANAGEMENT: Role[] = [Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER];

/** Who works customers and acts for them (visits, requests, notices, pickups): salespeople and the leaders. */
export const SALES_AND_LEADERS: Role[] = [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR];

/**
 * Who signs the forms of other departments (operation notices, arrears consents, liaison forms) without owning
 * customers.
 */
export const SIGNERS: Role[] = [Role.DEPARTMENT_HEAD, Role.DISPATCHER];
