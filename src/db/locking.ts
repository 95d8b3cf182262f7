import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Makes a SELECT a locking read (`FOR UPDATE`) on MySQL/MariaDB, where concurrent transactions
 * interleave; a locking read also sees the latest committed row, not the transaction's snapshot.
 * On SQLite transactions already take turns (see inTransaction), so nothing is added there.
 */
export function forUpdate<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return manager.connection.options.type === 'better-sqlite3' ? qb : qb.setLock('pessimistic_write');
}

/**
 * Loads a row by id with a locking read. Use it as a transaction's first read: on MySQL a plain
 * first read would fix the transaction's snapshot before it waits for locks, hiding what the
 * transaction it waited for committed.
 */
export function lockedById<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: number): Promise<T | null> {
  return forUpdate(manager, manager.getRepository(entity).createQueryBuilder('x').where('x.id = :id', { id })).getOne();
}
