import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FailoverPool } from './failover-pool';

/**
 * Makes a SELECT a locking read (`FOR UPDATE`) on MySQL/MariaDB, where concurrent transactions
 * interleave; a locking read also sees the latest committed row, not the transaction's snapshot.
 * On SQLite transactions already take turns (see inTransaction), so nothing is added there.
 * On a multi-primary cluster the rows read are also claimed (see RowClaim), so that the lock holds
 * across nodes.
 */
export function forUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  qb: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  if (manager.connection.options.type === 'better-sqlite3') return qb;
  const locking = qb.setLock('pessimistic_write');
  if (!isMultiPrimary(manager.connection)) return locking;
  const mainAlias = locking.expressionMap.mainAlias;
  if (!mainAlias)
    throw new Error('forUpdate needs a query builder with a main entity (from(...) or createQueryBuilder(Entity)).');
  const metadata = mainAlias.metadata;
  const getOne = locking.getOne.bind(locking);
  const getMany = locking.getMany.bind(locking);
  locking.getOne = async () => {
    const row = await getOne();
    if (row) await claimRows(manager, rowClaimNames(metadata, [row]));
    return row;
  };
  locking.getMany = async () => {
    const rows = await getMany();
    await claimRows(manager, rowClaimNames(metadata, rows));
    return rows;
  };
  return locking;
}

/**
 * Loads a row by id with a locking read. Use it as a transaction's first read: on MySQL a plain
 * first read would fix the transaction's snapshot before it waits for locks, hiding what the
 * transaction it waited for committed.
 */
export function lockedById<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
): Promise<T | null> {
  return forUpdate(manager, manager.getRepository(entity).createQueryBuilder('x').where('x.id = :id', { id })).getOne();
}

/** True when the data source spreads over the nodes of a multi-primary cluster (DATABASE_URL with several hosts). */
export function isMultiPrimary(ds: DataSource): boolean {
  return (ds.driver as unknown as { pool?: unknown }).pool instanceof FailoverPool;
}

/**
 * The claim name of each row: its table and its whole primary key (`customer:42`,
 * `customer_month_balance:42,2026-11`), so two transactions claim the same name exactly when they
 * lock the same row. (A key read from a column other than the primary key would make rows of
 * different customers share one claim, and every such write would conflict across nodes.)
 */
export function rowClaimNames(metadata: EntityMetadata, rows: ObjectLiteral[]): string[] {
  return rows
    .map((row) => {
      const key = metadata.primaryColumns.map((column) => {
        const value = column.getEntityValue(row);
        if (value === undefined || value === null)
          throw new Error(`row claim: ${metadata.tableName}.${column.propertyName} was not selected`);
        return String(value);
      });
      return `${metadata.tableName}:${key.join(',')}`;
    })
    .sort();
}

async function claimRows(manager: EntityManager, names: string[]): Promise<void> {
  if (!names.length) return;
  // A real change (claims + 1), not the same value again: an unchanged row is no write to certify.
  await manager.query(
    `INSERT INTO row_claim (name, claims) VALUES ${names.map(() => '(?, 1)').join(', ')} ON DUPLICATE KEY UPDATE claims = claims + 1`,
    names,
  );
}
