import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { readRows } from './pool-read';

/**
 * Properties of an entity not to read (as unselected-fields.ts gives them): `key` names the set,
 * for the readers kept per entity.
 */
export interface SkippedProperties {
  fields: ReadonlySet<string>;
  key: string;
}

/** Stands for the entity's columns while TypeORM builds a statement of getPlainEntities. */
const COLUMNS_MARK = 'plain_entity_columns';

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
  const reader = readerOf(metadata, null);
  // TypeORM builds the statement around a one-token selection, which then gives way to the entity's
  // column list, built once per alias: parsing 20-odd selected columns again on every statement
  // (createSelectExpression, replacePropertyNames) cost more than the rest of the builder.
  qb.select('1', COLUMNS_MARK);
  for (const [name, expression] of Object.entries(extra)) qb.addSelect(expression, name);
  const [built, params] = qb.getQueryAndParameters();
  // The mark's first place is in the selection (TypeORM may put an extra column of a joined alias first).
  const mark = `1 AS ${driver.escape(COLUMNS_MARK)}`;
  const at = built.indexOf(mark);
  if (!built.startsWith('SELECT ') || at < 0 || at > built.indexOf(' FROM '))
    throw new Error(`getPlainEntities cannot read this statement: ${built.slice(0, 80)}`);
  const sql = built.slice(0, at) + reader.selectList(qb.alias) + built.slice(at + mark.length);
  // Outside a transaction the statement goes straight to the pool (pool-read.ts); inside one, through its
  // runner (a builder made by a transaction's manager carries it, in a property TypeORM keeps protected).
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const raw: ObjectLiteral[] = runner
    ? await runner.query(sql, params)
    : await readRows(qb.connection, sql, params, 'replica');
  return { entities: hydrateAll<T>(reader, raw), raw };
}

function hydrateAll<T>(reader: Reader, raw: ObjectLiteral[]): T[] {
  const entities = new Array<T>(raw.length);
  for (let r = 0; r < raw.length; r++) entities[r] = reader.hydrate(raw[r]) as T;
  return entities;
}

/** What selectPlainEntities puts between SELECT and FROM: the entity's columns, then the extra ones. */
export interface PlainSelect {
  /** The entity read, named `alias` in the statement. */
  alias: string;
  /** Extra raw columns by name (`{ settled_sum: 'COALESCE(...)' }`), returned in `raw`. */
  extra?: Record<string, string>;
  /**
   * Properties not to read, left unset on the entities: only for entities no one else is handed
   * (see unselected-fields.ts).
   */
  skip?: SkippedProperties | null;
  /** Where the statement goes (pool-read.ts); `replica` unless a read must see the latest commit. */
  from?: 'primary' | 'replica';
}

/**
 * Like getPlainEntities, for a statement written by hand: `SELECT <the entity's columns> FROM
 * <its table> <alias> <rest>`, where `rest` (joins, WHERE, ORDER BY) takes `?` placeholders for
 * `params`, outside any transaction. For the batched reads every dashboard request makes, which a
 * query builder would build again each time (TypeORM's parsing of a statement costs about as much
 * as the driver's whole work on it). Identifiers in `rest` are written as both dialects read them.
 */
export async function selectPlainEntities<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  select: PlainSelect,
  rest: string,
  params: unknown[],
): Promise<{ entities: T[]; raw: ObjectLiteral[] }> {
  const metadata = ds.getMetadata(entity);
  const reader = readerOf(metadata, select.skip ?? null);
  const escape = (name: string) => ds.driver.escape(name);
  let columns = reader.selectList(select.alias);
  for (const [name, expression] of Object.entries(select.extra ?? {})) columns += `, ${expression} AS ${escape(name)}`;
  const sql = `SELECT ${columns} FROM ${escape(metadata.tableName)} ${escape(select.alias)} ${rest}`;
  const raw: ObjectLiteral[] = await readRows(ds, sql, params, select.from ?? 'replica');
  return { entities: hydrateAll<T>(reader, raw), raw };
}

/** `?, ?, ?` for a list of `n` values. */
export const placeholders = (n: number): string => (n === 1 ? '?' : '?, '.repeat(n - 1) + '?');

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
  /** `alias.column AS cN, ...` for a statement that names the entity `alias` (escaped for the driver). */
  selectList(alias: string): string;
  hydrate(row: ObjectLiteral): ObjectLiteral;
}

/**
 * Per entity and set of skipped properties, built once: which columns, under which keys, and how
 * each raw value becomes the entity's.
 */
const readers = new WeakMap<EntityMetadata, Map<string, Reader>>();
export const READERS_KEPT_PER_ENTITY = 64;

function readerOf(metadata: EntityMetadata, skip: SkippedProperties | null, keyPrefix = 'c'): Reader {
  let ofEntity = readers.get(metadata);
  if (!ofEntity) readers.set(metadata, (ofEntity = new Map()));
  const readerKey = `${keyPrefix}|${skip?.key ?? ''}`;
  const known = ofEntity.get(readerKey);
  if (known) return known;
  const driver = metadata.connection.driver;
  // The primary key is always read (rows are told apart by it).
  const columns = metadata.columns.filter((c) => !c.isVirtual && (c.isPrimary || !skip?.fields.has(c.propertyName)));
  const keys = columns.map((_c, i) => `${keyPrefix}${i}`);
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
  // Kept for as many selections as a client's documents plausibly make; past that, built per call,
  // where compiling would cost more than it saves.
  const kept = ofEntity.size < READERS_KEPT_PER_ENTITY;
  const hydrate = kept
    ? compileHydrate(metadata, prototype, columns, keys, properties, direct, unchanged)
    : (row: ObjectLiteral): ObjectLiteral => {
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
  const lists = new Map<string, string>();
  const selectList = (alias: string): string => {
    let list = lists.get(alias);
    if (!list) {
      const a = driver.escape(alias);
      list = columns.map((c, i) => `${a}.${driver.escape(c.databaseName)} AS ${driver.escape(keys[i])}`).join(', ');
      lists.set(alias, list);
    }
    return list;
  };
  const reader = { columns, keys, selectList, hydrate };
  if (kept) ofEntity.set(readerKey, reader);
  return reader;
}

/**
 * A reader's row-to-entity function, written out for its columns and compiled once: each raw
 * key and property is a constant in the code, so V8 reads and writes them as fixed properties of
 * one shape. A loop over the column list (`row[keys[i]]`, `entity[properties[i]]`) made every
 * read and write a megamorphic lookup: a third of hydration's time. The generated code names
 * nothing but the reader's own column metadata, quoted by JSON.stringify.
 */
function compileHydrate(
  metadata: EntityMetadata,
  prototype: object | null,
  columns: ColumnMetadata[],
  keys: string[],
  properties: string[],
  direct: boolean[],
  unchanged: boolean[],
): (row: ObjectLiteral) => ObjectLiteral {
  const q = (text: string) => JSON.stringify(text);
  const lines = columns.map((_c, i) => {
    const read = `row[${q(keys[i])}]`;
    const value = unchanged[i] ? read : `driver.prepareHydratedValue(${read}, columns[${i}])`;
    return direct[i] ? `entity[${q(properties[i])}] = ${value};` : `columns[${i}].setEntityValue(entity, ${value});`;
  });
  const create = prototype ? 'Object.create(prototype)' : 'metadata.create(undefined, { fromDeserializer: true })';
  const source = `return function hydrate(row) {\n  const entity = ${create};\n  ${lines.join('\n  ')}\n  return entity;\n};`;
  const build = new Function('driver', 'columns', 'prototype', 'metadata', source) as (
    ...args: unknown[]
  ) => (row: ObjectLiteral) => ObjectLiteral;
  return build(metadata.connection.driver, columns, prototype, metadata);
}

/** A second entity read by the same statement through a join (see joinedEntity). */
export interface JoinedEntity<T> {
  /** Its columns as extra selections (`PlainSelect.extra`), named `<prefix>0`, `<prefix>1`... */
  columns: Record<string, string>;
  /** The entity in a raw row of that statement; null where the (left) join found none. */
  read(row: ObjectLiteral): T | null;
}

/**
 * Every column of `entity`, joined into another entity's statement as `alias`, read into an
 * instance as getPlainEntities reads its own rows: for a relation a page reads in its own
 * statement rather than in one of its own (the owners of a page of customers).
 */
export function joinedEntity<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  prefix: string,
): JoinedEntity<T> {
  const metadata = ds.getMetadata(entity);
  const reader = readerOf(metadata, null, prefix);
  const a = ds.driver.escape(alias);
  const columns = Object.fromEntries(
    reader.columns.map((c, i) => [reader.keys[i], `${a}.${ds.driver.escape(c.databaseName)}`]),
  );
  const primary = reader.columns.findIndex((c) => c.isPrimary);
  return {
    columns,
    read: (row) => (row[reader.keys[primary]] == null ? null : (reader.hydrate(row) as T)),
  };
}
