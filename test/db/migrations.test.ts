import { migrate } from '../../src/db/data-source';
import { openScratch, testDialect } from '../support/databases';

describe(`migrations (${testDialect()})`, () => {
  it('build a schema that matches the entities exactly', async () => {
    const { db, scratch } = await openScratch();
    try {
      const applied = await migrate(db);
      expect(applied.length).toBeGreaterThan(0);
      const diff = await db.driver.createSchemaBuilder().log();
      // Any query here means an entity changed without a migration: run `npm run migration:generate -- Name`.
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.destroy();
      await scratch.drop();
    }
  });

  it('are all undone by their down steps', async () => {
    const { db, scratch } = await openScratch();
    try {
      await migrate(db);
      for (;;) {
        const executed = await db.query('SELECT COUNT(*) AS n FROM migrations');
        if (Number(executed[0].n) === 0) break;
        await db.undoLastMigration();
      }
      const runner = db.createQueryRunner();
      const names = db.entityMetadatas.map((m) => m.tableName);
      const left = [];
      for (const name of names) if (await runner.hasTable(name)) left.push(name);
      await runner.release();
      expect(left).toEqual([]);
    } finally {
      await db.destroy();
      await scratch.drop();
    }
  });
});
