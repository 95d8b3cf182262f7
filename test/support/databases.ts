import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../../src/config';
import { openDataSource } from '../../src/db/data-source';

/**
 * One fresh, empty database per test file: an in-memory SQLite database, or (when the jest
 * project is the MySQL one) a new database on TEST_MYSQL_URL's server, dropped afterwards.
 */
export type TestDialect = 'sqlite' | 'mysql';

export function testDialect(): TestDialect {
  return process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

function mysqlServerUrl(): string {
  const url = process.env.TEST_MYSQL_URL;
  if (!url) throw new Error('TEST_MYSQL_URL is not set');
  return url.replace(/\/[^/]*$/, '');
}

export interface ScratchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createScratchDatabase(dialect: TestDialect = testDialect()): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') return { config: { type: 'sqlite', path: ':memory:' }, drop: async () => undefined };
  const server = mysqlServerUrl();
  const name = `t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const conn = await createConnection(server);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    config: { type: 'mysql', url: `${server}/${name}`, replicaUrls: [] },
    drop: async () => {
      const c = await createConnection(server);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

export async function openScratch(
  dialect: TestDialect = testDialect(),
): Promise<{ db: DataSource; scratch: ScratchDatabase }> {
  const scratch = await createScratchDatabase(dialect);
  const db = await openDataSource(scratch.config);
  return { db, scratch };
}
