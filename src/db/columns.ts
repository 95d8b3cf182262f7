import { ValueTransformer } from 'typeorm';
import { sumToFen } from '../graphql/money';

/**
 * Money columns are BIGINT fen. mysql2 hands BIGINT back as a string (bigNumberStrings) and
 * better-sqlite3 as a number; both become a safe integer here, never a float of yuan.
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : sumToFen(value)),
};

/** Options for a money column: `@Column(moneyColumn())`. */
export function moneyColumn(options: { nullable?: boolean; default?: number } = {}) {
  return { type: 'bigint' as const, transformer: fenTransformer, ...options };
}

/**
 * Timestamps: datetime(6) on MySQL, the precision TypeORM's own CURRENT_TIMESTAMP(6) default uses (anything else
 * drifts).
 */
export const timestampColumn = { type: 'datetime' as const, precision: 6 };
