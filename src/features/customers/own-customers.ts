import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { Role } from '../../domain/roles';
import { MONEY_READERS } from '../../domain/role-sets';

/**
 * Row filter of lists by customer (money records, pickups, operation notices): a caller without a
 * MONEY_READERS role (or one of `extraRoles`) sees only the rows of customers they own.
 */
export function ownCustomersOnly<T extends ObjectLiteral>(
  actor: Actor,
  qb: SelectQueryBuilder<T>,
  customerIdColumn: string,
  extraRoles: Role[] = [],
): void {
  if (hasRole(actor, ...MONEY_READERS, ...extraRoles)) return;
  qb.andWhere(`${customerIdColumn} IN (SELECT oc.id FROM customer oc WHERE oc.ownerId = :__ownerId)`, {
    __ownerId: actor.id,
  });
}
