import { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { readRows } from './pool-read';

/**
 * Runs a query builder over ONE entity (joins only to filter, none selected) and returns its rows as
 * entities, at about half the CPU of `getMany()`. TypeORM's general result transformer (built for
 * joins, relation ids and counts) is the most expensive step of the short queries every page
 * runs (the page itself and its batched relations); a plain row only needs what that transformer
 * does per column: the driver's conversion of the raw value, set on an instance of the class.
 *
 * The builder keeps its filters, order and limit; its selection is replaced by every column of
 * the entity. Extra raw columns (e.g. an `addSelect` sum) come back in `raw`, row for row.
 */
export async function getPlainEntities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  extra: Record<string, string> = {},
): Promise<{ entities: T[]; raw: ObjectLiteral[] }> {
  const mainAlias = qb.expressionMap.mainAlias;
  if (!mainAlias) throw new Error('getPlainEntities needs a query builder with a main entity.');
  const metadata = mainAlias.metadata;
  if (qb.expressionMap.joinAttributes.some((join) => join.isSelected))
    throw new Error('getPlainEntities reads one entity: a selected join needs getMany().');
  const driver = qb.connection.driver;
  const reader = readerOf(metadata);
  const alias = driver.escape(qb.alias);
  qb.select(
    reader.columns.map((c, i) => `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(reader.keys[i])}`),
  );
  for (const [name, expression] of Object.entries(extra)) qb.addSelect(expression, name);
  // Outside a transaction the statement goes straight to the pool (pool-read.ts); inside one, through its
  // runner (a builder made by a transaction's manager carries it, in a property TypeORM keeps protected).
  const inTransaction = (qb as unknown as { queryRunner?: unknown }).queryRunner;
  const raw = inTransaction
    ? await qb.getRawMany()
    : await readRows(qb.connection, ...qb.getQueryAndParameters(), 'replica');
  const entities = new Array<T>(raw.length);
  for (let r = 0; r < raw.length; r++) entities[r] = reader.hydrate(raw[r]) as T;
  return { entities, raw };
}

/**
 * Column types whose raw value both drivers hand back unchanged when the column has no
 * transformer (see prepareHydratedValue of the MySQL and SQLite drivers): such columns skip the
 * driver's conversion, which otherwise runs for every value of every row.
 */
const PASS_THROUGH_TYPES = new Set<unknown>([
  'varchar',
  'nvarchar',
  'char',
  'text',
  'mediumtext',
  'longtext',
  'int',
  'integer',
  'bigint',
  'smallint',
  'decimal',
  'float',
  'double',
  'real',
]);

interface Reader {
  /** Every column getMany() sets on a fully selected entity. */
  columns: ColumnMetadata[];
  /** The raw result's key of each column (`c0`, `c1`...). */
  keys: string[];
  hydrate(row: ObjectLiteral): ObjectLiteral;
}

/** Per entity, built once: which columns, under which keys, and how each raw value becomes the entity's. */
const readers = new WeakMap<EntityMetadata, Reader>();

function readerOf(metadata: EntityMetadata): Reader {
  const known = readers.get(metadata);
  if (known) return known;
  const driver = metadata.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  const keys = columns.map((_c, i) => `c${i}`);
  const properties = columns.map((c) => c.propertyName);
  // Plain columns are set directly; an embedded one (none today) goes through TypeORM's setter.
  const direct = columns.map((c) => !c.embeddedMetadata);
  const unchanged = columns.map((c) => !c.transformer && PASS_THROUGH_TYPES.has(c.type));
  // What metadata.create(undefined, { fromDeserializer: true }) does, without its per-row checks.
  const plainInstance =
    typeof metadata.target === 'function' &&
    !metadata.isAlwaysUsingConstructor &&
    !metadata.connection.options.typename &&
    metadata.lazyRelations.length === 0;
  const prototype = plainInstance ? (metadata.target as { prototype: object }).prototype : null;
  const hydrate = (row: ObjectLiteral): ObjectLiteral => {
    const entity: ObjectLiteral = prototype
      ? Object.create(prototype)
      : metadata.create(undefined, { fromDeserializer: true });
    for (let i = 0; i < columns.length; i++) {
      const value = unchanged[i] ? row[keys[i]] : driver.prepareHydratedValue(row[keys[i]], columns[i]);
      if (direct[i]) entity[properties[i]] = value;
      else columns[i].setEntityValue(entity, value);
    }
    return entity;
  };
  const reader = { columns, keys, hydrate };
  readers.set(metadata, reader);
  return reader;
}
