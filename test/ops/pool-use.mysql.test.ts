import { DataSource } from 'typeorm';
import { openDataSource } from '../../src/db/data-source';
import { poolUse } from '../../src/http/metrics';
import { createScratchDatabase, ScratchDatabase } from '../support/databases';

/** The pool metric reads mysql2's pools, also with read replicas (TypeORM's pool cluster). */
let scratch: ScratchDatabase;
let db: DataSource;
beforeAll(async () => {
  scratch = await createScratchDatabase('mysql');
  const url = (scratch.config as { url: string }).url;
  // The same database as its own "replica": enough to make TypeORM open a primary and a replica pool.
  db = await openDataSource({ type: 'mysql', url, replicaUrls: [url] });
});
afterAll(async () => {
  await db.destroy();
  await scratch.drop();
});

it('adds up the primary and replica pools', async () => {
  const runner = db.createQueryRunner('master');
  await runner.connect();
  const replica = db.createQueryRunner('slave');
  await replica.connect();
  expect(poolUse(db)).toEqual({ total: 2, idle: 0, waiting: 0 });
  await runner.release();
  await replica.release();
  expect(poolUse(db)).toEqual({ total: 2, idle: 2, waiting: 0 });
});
