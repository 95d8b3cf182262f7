import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * The one way services add rows: `insert` (EntityManager.insert in the transaction, or a
 * Repository's insert, which is the same call) — one INSERT statement, nothing else. Never
 * `save()`: it may SELECT first, cascades into relations, and over an existing id it updates
 * silently (the @VersionColumn trap in docs/architecture.md). A unique index then refuses a
 * duplicate as an error the service turns into CONFLICT.
 *
 * When the caller needs the new row itself (to return it), `insertAndLoad` reads it back in the
 * same transaction, with what the database filled in (id, createdAt, defaults).
 */
export async function insertAndLoad<E extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<E>,
  values: QueryDeepPartialEntity<E>,
): Promise<E> {
  const id = insertedId(await m.insert(entity, values));
  return m.findOneOrFail(entity, { where: { id } as unknown as FindOptionsWhere<E> });
}

/** The id of a one-row insert. */
export function insertedId(result: { identifiers: ObjectLiteral[] }): number {
  return Number(result.identifiers[0].id);
}
