import { DataSource } from 'typeorm';

/** The two database families the API runs on. Its own file: the kernel asks it without opening a database. */
export type Dialect = 'mysql' | 'sqlite';

export function dialectOf(ds: DataSource): Dialect {
  return ds.options.type === 'mysql' || ds.options.type === 'mariadb' ? 'mysql' : 'sqlite';
}
