import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsUtils, ObjectLiteral } from 'typeorm';
import { getPlainEntities } from './plain-entities';

/**
 * Every batched relation, created fresh per request: a field resolver that follows a relation
 * asks a loader, which answers the whole page with one `WHERE id IN (...)`.
 */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  known?: ReadonlyMap<number, T>,
) {
  return new DataLoader<number, T | null>(async (keys) => {
    // Rows the request already holds whole (`known`) are answered as they are, without a statement.
    const ids = known ? keys.filter((id) => !known.has(id)) : keys;
    const read = ids.length ? await readByIds(db, entity, ids) : [];
    const map = new Map(read.map((r) => [r.id, r]));
    return keys.map((id) => known?.get(id) ?? map.get(id) ?? null);
  });
}

/** The rows of these ids, through a query builder rather than find() (which re-walks its options on every call). */
async function readByIds<T extends ObjectLiteral & { id: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  ids: readonly number[],
): Promise<T[]> {
  const repository = db.getRepository(entity);
  const qb = repository.createQueryBuilder('x').where('x.id IN (:...ids)', { ids: [...ids] });
  // Plain rows when the entity has no eager relations, else those joined as find() would.
  if (!repository.metadata.eagerRelations.length) return (await getPlainEntities(qb)).entities;
  FindOptionsUtils.joinEagerRelations(qb, qb.alias, repository.metadata);
  return qb.getMany();
}

/** Groups rows by a key column: one query for all keys, an array per key (empty when none). */
export function groupLoader<K extends string | number, T>(load: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K) {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<K, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}
