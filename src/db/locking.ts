import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Makes a SELECT a locking read (`FOR UPDATE`) on MySQL/MariaDB, where concurrent transactions
 * interleave; a locking read also sees the latest committed row, not the transaction's snapshot.
 * On SQLite transactions already take turns (see inTransaction), so nothing is added there.
 */
export function forUpdate<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return manager.connection.options.type === 'better-sqlite3' ? qb : qb.setLock('pessimistic_write');
}
