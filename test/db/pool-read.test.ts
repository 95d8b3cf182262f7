import { DataSource, QueryFailedError } from 'typeorm';
import { openDataSource } from '../../src/db/data-source';
import { readRows } from '../../src/db/pool-read';
import { getPlainEntities } from '../../src/db/plain-entities';
import { inTransaction } from '../../src/db/transaction';
import { poolUse } from '../../src/http/metrics';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { Customer } from '../../src/features/customers/customer.entity';
import { TestApp } from '../support/app';
import { statementsOf } from '../support/statements';
import { createScratchDatabase, testDialect } from '../support/databases';

/**
 * readRows sends a read straight to the pool, without a TypeORM query runner: it must answer exactly
 * as `ds.query` does, log the statement as the runner would, fail as the runner would, and always
 * give its connection back.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
  await seedDemoCompany(app.db, app.config);
});
afterAll(() => app.stop());

const SQL = 'SELECT id, name, ownerId, firstContactAt, freightRate FROM customer WHERE id IN (?, ?, ?) ORDER BY id';

describe('readRows', () => {
  it('answers exactly as ds.query, from the primary and from where a query builder reads', async () => {
    const ids = (await app.db.query('SELECT id FROM customer ORDER BY id LIMIT 3')).map((r: { id: number }) => r.id);
    const expected = await app.db.query(SQL, ids);
    expect(expected).toHaveLength(3);
    expect(await readRows(app.db, SQL, ids)).toEqual(expected);
    expect(await readRows(app.db, SQL, ids, 'replica')).toEqual(expected);
  });

  it("logs each statement through TypeORM's logger, as the query runner does", async () => {
    const { statements: seen } = await statementsOf(app.db, () =>
      readRows(app.db, 'SELECT COUNT(*) AS n FROM staff WHERE id > ?', [0]),
    );
    expect(seen).toEqual([['SELECT COUNT(*) AS n FROM staff WHERE id > ?', [0]]]);
  });

  it('fails as ds.query fails (a QueryFailedError around the driver error on MySQL), and gives its connection back every time', async () => {
    const viaRunner = (await app.db.query('SELECT nope FROM customer').catch((e: unknown) => e)) as Error;
    if (testDialect() === 'mysql') expect(viaRunner).toBeInstanceOf(QueryFailedError);
    for (let i = 0; i < 25; i++) {
      const error = (await readRows(app.db, 'SELECT nope FROM customer', []).catch((e: unknown) => e)) as Error;
      expect([error.constructor, error.message]).toEqual([viaRunner.constructor, viaRunner.message]);
    }
    // 25 failures on a pool of 10: a leaked connection would have made the later reads wait for ever.
    expect(await readRows(app.db, 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
    if (testDialect() === 'mysql') expect(poolUse(app.db).total - poolUse(app.db).idle).toBe(0);
  });

  it("reads through a transaction's own connection when a builder comes from it (its uncommitted rows included)", async () => {
    const seen = await inTransaction(app.db, async (m) => {
      await m.query('UPDATE customer SET notes = ? WHERE id = (SELECT MIN(id) FROM customer)', ['pool-read in tx']);
      const { entities } = await getPlainEntities(
        m.getRepository(Customer).createQueryBuilder('c').where('c.notes = :n', { n: 'pool-read in tx' }),
      );
      throw Object.assign(new Error('roll back'), { entities });
    }).catch((e: { entities?: Customer[] }) => e.entities);
    expect(seen).toHaveLength(1);
    expect(await app.db.query("SELECT id FROM customer WHERE notes = 'pool-read in tx'")).toEqual([]);
  });
});

(testDialect() === 'mysql' ? describe : describe.skip)('readRows on MariaDB', () => {
  it('gives up on a statement after the query timeout and drops its connection (the pool guard)', async () => {
    const scratch = await createScratchDatabase('mysql');
    let db: DataSource | undefined;
    try {
      db = await openDataSource(scratch.config, { queryTimeoutMs: 300 });
      const error = await readRows(db, 'SELECT SLEEP(5) AS s', []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect(((error as QueryFailedError).driverError as { code?: string }).code).toBe('PROTOCOL_SEQUENCE_TIMEOUT');
      // The timed-out connection was destroyed, not returned to wait behind its own query.
      expect(poolUse(db).total).toBe(0);
      expect(await readRows(db, 'SELECT 2 AS two', [])).toEqual([{ two: 2 }]);
    } finally {
      await db?.destroy();
      await scratch.drop();
    }
  });
});
