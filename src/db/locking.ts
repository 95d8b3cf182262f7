import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FailoverPool } from './failover-pool';

/**
 * Makes a SELECT a locking read (`FOR UPDATE`) on MySQL/MariaDB, where concurrent transactions
 * interleave; a locking read also sees the latest committed row, not the transaction's snapshot.
 * On SQLite transactions already take turns (see inTransaction), so nothing is added there.
 * On a multi-primary cluster the rows read are also claimed (see RowClaim), so that the lock holds
 * across nodes.
 */
export function forUpdate<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  if (manager.connection.options.type === 'better-sqlite3') return qb;
  const locking = qb.setLock('pessimistic_write');
  if (!isMultiPrimary(manager.connection)) return locking;
  const table = locking.expressionMap.mainAlias!.metadata.tableName;
  const getOne = locking.getOne.bind(locking);
  const getMany = locking.getMany.bind(locking);
  locking.getOne = async () => {
    const row = await getOne();
    if (row) await claimRows(manager, table, [row]);
    return row;
  };
  locking.getMany = async () => {
    const rows = await getMany();
    await claimRows(manager, table, rows);
    return rows;
  };
  return locking;
}

/**
 * Loads a row by id with a locking read. Use it as a transaction's first read: on MySQL a plain
 * first read would fix the transaction's snapshot before it waits for locks, hiding what the
 * transaction it waited for committed.
 */
export function lockedById<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: number): Promise<T | null> {
  return forUpdate(manager, manager.getRepository(entity).createQueryBuilder('x').where('x.id = :id', { id })).getOne();
}

/** True when the data source spreads over the nodes of a multi-primary cluster (DATABASE_URL with several hosts). */
export function isMultiPrimary(ds: DataSource): boolean {
  return (ds.driver as unknown as { pool?: unknown }).pool instanceof FailoverPool;
}

async function claimRows(manager: EntityManager, table: string, rows: ObjectLiteral[]): Promise<void> {
  const names = rows.map((r) => `${table}:${String(r.id)}`).sort();
  if (!names.length) return;
  // A real change (claims + 1), not the same value again: an unchanged row is no write to certify.
  await manager.query(
    `INSERT INTO row_claim (name, claims) VALUES ${names.map(() => '(?, 1)').join(', ')} ON DUPLICATE KEY UPDATE claims = claims + 1`,
    names,
  );
}
