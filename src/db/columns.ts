import { ValueTransformer } from 'typeorm';

/**
 * Money columns are BIGINT fen. mysql2 hands BIGINT back as a string (bigNumberStrings) and
 * better-sqlite3 as a number; both become a safe integer here, never a float of yuan.
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`Money column holds a non-integer: ${value}`);
    return n;
  },
};

/** Options for a money column: `@Column(moneyColumn())`. */
export function moneyColumn(options: { nullable?: boolean; default?: number } = {}) {
  return { type: 'bigint' as const, transformer: fenTransformer, ...options };
}

/** Timestamps: datetime(6) on MySQL, the precision TypeORM's own CURRENT_TIMESTAMP(6) default uses (anything else drifts). */
export const timestampColumn = { type: 'datetime' as const, precision: 6 };
