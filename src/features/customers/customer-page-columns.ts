import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../context';
import type { PageExtras } from '../../graphql/connection';
import type { Customer } from './customer.entity';
import type { CustomerFilter } from './customers.inputs';

/**
 * What a page of customers can read in its own statement for a field of its nodes, when the query
 * asks for that field, rather than in a statement of its own: each saves the dashboard a database
 * round trip. The customers feature reads the owners so (customer-page-owners.ts); a higher feature
 * hands in its own through the composition root (the receivables feature's `balance`). The field's
 * resolver answers from what `keep` handed the request, and reads for itself where no page did.
 */
export interface CustomerPageColumn {
  /** The Customer field it serves. */
  field: string;
  /** A LEFT JOIN its columns read from (so the page keeps every row), with an alias of its own. */
  join?: string;
  /** Its values as SQL by name (unique over all columns), over the page's customer aliased `c`. */
  columns: Record<string, string>;
  /** Hands the page's rows, with their raw values row for row, to this request. */
  keep(ctx: Context, rows: readonly Customer[], raw: readonly ObjectLiteral[]): void;
  /** True when this page can do without it though the field is asked for (the request holds the values already). */
  needless?(ctx: Context, filter: CustomerFilter | null | undefined): boolean;
}

/** The page extras for the fields the query asks for (`asked`) on a page of `filter`, and what keeps their values. */
export function pageColumnsFor(
  columns: readonly CustomerPageColumn[],
  asked: ReadonlySet<string>,
  ctx: Context,
  filter: CustomerFilter | null | undefined,
): PageExtras<Customer> {
  const wanted = columns.filter((column) => asked.has(column.field) && !column.needless?.(ctx, filter));
  if (!wanted.length) return {};
  const joins = wanted.flatMap((column) => (column.join ? [column.join] : []));
  return {
    join: joins.length ? joins.join(' ') : undefined,
    extra: Object.assign({}, ...wanted.map((column) => column.columns)) as Record<string, string>,
    read: (rows, raw) => {
      for (const column of wanted) column.keep(ctx, rows, raw);
    },
  };
}
