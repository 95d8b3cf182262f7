import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../context';
import type { PageExtras } from '../../graphql/connection';
import type { Customer } from './customer.entity';

/**
 * A value a higher feature shows on each customer of a page (the receivables feature's `balance`),
 * read by the page's own statement when the query asks for that field on the page's nodes, rather
 * than in a statement of its own: one database round trip fewer for every dashboard. The
 * composition root hands these to CustomerService; the field's resolver takes the value the
 * request was handed by `keep`, and reads it itself where no page carried it.
 */
export interface CustomerPageColumn {
  /** The Customer field it serves. */
  field: string;
  /** The value as SQL over the page's customer, aliased `c`, as both dialects read it. */
  sql: string;
  /** Hands one customer's value, raw as the driver gave it, to this request. */
  keep(ctx: Context, customerId: number, value: unknown): void;
}

/** The extra columns of a page for the fields the query asks for (`asked`), and what keeps their values. */
export function pageColumnsFor(
  columns: readonly CustomerPageColumn[],
  asked: ReadonlySet<string>,
  ctx: Context,
): PageExtras<Customer> {
  const wanted = columns.filter((column) => asked.has(column.field));
  if (!wanted.length) return {};
  const names = wanted.map((column) => `page_${column.field}`);
  return {
    extra: Object.fromEntries(wanted.map((column, i) => [names[i], column.sql])),
    read: (rows: readonly Customer[], raw: readonly ObjectLiteral[]) => {
      for (let r = 0; r < rows.length; r++) {
        for (let i = 0; i < wanted.length; i++) wanted[i].keep(ctx, rows[r].id, raw[r][names[i]]);
      }
    },
  };
}
