/** Applies pending migrations to DATABASE_URL (`npm run migrate`), for deployments. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { migrate, openDataSource } from '../db/data-source';

async function main() {
  const config = loadConfig();
  const db = await openDataSource(config.database);
  const applied = await migrate(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  await db.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
