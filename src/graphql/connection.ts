import { ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getPlainEntities, selectPlainEntities } from '../db/plain-entities';
import { readRows } from '../db/pool-read';
import { BadUserInputError } from '../errors';

/**
 * Relay connections for every list that grows. Pagination is keyset on the primary key (stable
 * under inserts, one indexed range scan per page); the cursor is opaque to clients.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page of a list stands: pass endCursor as `after` to get the next page.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; null on an empty page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE} (larger values are capped).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page, to continue after it.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * Counted only when read: a client that does not select totalCount does not pay for a COUNT over the whole filter.
   */
  readonly totalCount: Promise<number>;
}

/** Builds `XxxConnection` and `XxxEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item; pass it as `after` to continue from here.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: `The ${name} items of this page, in order, each with its cursor.` })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to fetch them.' })
    pageInfo: PageInfo;

    // A promise (counted only when read): it keeps a resolver, as graphql-jit reads a resolver-less field's value
    // as it is, without awaiting it (see plain-fields.ts).
    @Field(() => Int, { description: 'How many items match, over all pages.', simple: false })
    totalCount: Promise<number>;
  }
  return ConnectionClass;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^c:(\d{1,15})$/.exec(text);
  if (!match) throw new BadUserInputError('The `after` cursor is not one this API gave out.', 'after');
  return Number(match[1]);
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError('`first` must be zero or more.', 'first');
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * Runs one page of a filtered query. `qb` carries the filters; ordering is by `alias.id`
 * in `direction` (newest first by default).
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  direction: 'ASC' | 'DESC' = 'DESC',
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const alias = qb.alias;
  const pageQb = qb
    .clone()
    .orderBy(`${alias}.id`, direction)
    .limit(size + 1);
  if (args.after) {
    const afterId = decodeCursor(args.after);
    pageQb.andWhere(`${alias}.id ${direction === 'DESC' ? '<' : '>'} :__afterId`, { __afterId: afterId });
  }
  const rows = size === 0 ? [] : (await getPlainEntities(pageQb)).entities;
  return pageOf(rows, size, () => qb.clone().getCount());
}

/** A list's filter written as SQL: conditions joined by AND, with `?` placeholders for `params`. */
export interface Filter {
  /** The entity listed, named `alias` in the conditions. */
  alias: string;
  /** Conditions as both dialects read them (e.g. `c.status = ?`), none for the whole table. */
  where: string[];
  params: unknown[];
}

/** What a page read by paginateFilter carries besides its rows. */
export interface PageExtras<T> {
  /** Newest first (DESC, the default) or oldest first. */
  direction?: 'ASC' | 'DESC';
  /** Extra columns of the page's statement by name (`{ balance: '(SELECT ...)' }`), over the filter's alias. */
  extra?: Record<string, string>;
  /** LEFT JOINs the extra columns read from, placed before the filter's conditions. */
  join?: string;
  /** Handed the rows read (one more than the page when more follow) and their raw columns, row for row. */
  read?: (rows: readonly T[], raw: readonly ObjectLiteral[]) => void;
}

/**
 * Like `paginate`, for a filter written by hand: the page is one statement written here, not
 * built again by a query builder on every request (for the lists every screen opens, such as the
 * customers of the dashboard). Same order, cursor and page size.
 */
export async function paginateFilter<T extends ObjectLiteral & { id: number }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  filter: Filter,
  args: { first?: number | null; after?: string | null },
  options: PageExtras<T> = {},
): Promise<Page<T>> {
  const direction = options.direction ?? 'DESC';
  const size = pageSize(args.first);
  const { alias } = filter;
  const where = [...filter.where];
  const params = [...filter.params];
  if (args.after) {
    where.push(`${alias}.id ${direction === 'DESC' ? '<' : '>'} ?`);
    params.push(decodeCursor(args.after));
  }
  const rest = `${options.join ? `${options.join} ` : ''}${whereClause(where)} ORDER BY ${alias}.id ${direction} LIMIT ?`;
  let rows: T[] = [];
  if (size > 0) {
    const read = await selectPlainEntities(ds, entity, { alias, extra: options.extra }, rest, [...params, size + 1]);
    rows = read.entities;
    options.read?.(rows, read.raw);
  }
  return pageOf(rows, size, async () => {
    const table = ds.driver.escape(ds.getMetadata(entity).tableName);
    const sql = `SELECT COUNT(*) AS n FROM ${table} ${ds.driver.escape(alias)} ${whereClause(filter.where)}`;
    const [{ n }] = await readRows<{ n: number | string }>(ds, sql, filter.params, 'replica');
    return Number(n);
  });
}

const whereClause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** An edge whose cursor is encoded only when read: a screen that pages by `endCursor` never reads the others. */
class LazyEdge<T extends { id: number }> implements Edge<T> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor(this.node.id);
  }
}

/**
 * A page whose total is counted only when read. A class, not an object literal with a getter: V8
 * allocates a literal's getter pair in the old generation, and that pair (with the closure it holds)
 * then kept each page and everything it reaches alive through young-generation collections.
 */
class CountedPage<T> implements Page<T> {
  private count: Promise<number> | undefined;

  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly countAll: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    return (this.count ??= this.countAll());
  }
}

/** The page of `size` items from `rows` (read with one more, which tells whether more follow). */
function pageOf<T extends { id: number }>(rows: T[], size: number, countAll: () => Promise<number>): Page<T> {
  const edges = new Array<Edge<T>>(Math.min(size, rows.length));
  for (let i = 0; i < edges.length; i++) edges[i] = new LazyEdge(rows[i]);
  const pageInfo = { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null };
  return new CountedPage(edges, pageInfo, countAll);
}
