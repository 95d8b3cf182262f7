/**
 * Restores a SQLite backup (made by sqlite-backup) as the database file of DATABASE_URL=sqlite:...
 * The server must be stopped and the file must not exist: an operator moves the damaged database
 * aside first, so a restore never destroys anything.
 *
 *   node dist/src/cli/sqlite-restore.js /var/backups/market-api/market-2026-11-30.sqlite
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../config';
import { openSqliteFile } from './sqlite-file';
import { assertIntact } from './sqlite-backup';

export async function restoreSqlite(backupPath: string, targetPath: string): Promise<void> {
  assertIntact(backupPath);
  for (const file of [targetPath, `${targetPath}-wal`, `${targetPath}-shm`]) {
    if (fs.existsSync(file))
      throw new Error(`${file} exists: stop the server and move the old database aside before restoring.`);
  }
  fs.mkdirSync(path.dirname(path.resolve(targetPath)), { recursive: true });
  const backup = openSqliteFile(backupPath);
  try {
    await backup.backup(targetPath);
  } finally {
    backup.close();
  }
  assertIntact(targetPath);
}

async function main(): Promise<number> {
  const source = process.argv[2];
  const database = parseDatabaseUrl(process.env.DATABASE_URL, undefined);
  if (!source || database.type !== 'sqlite') {
    console.error('usage: DATABASE_URL=sqlite:<file> node dist/src/cli/sqlite-restore.js <backup file>');
    return 2;
  }
  await restoreSqlite(source, database.path);
  console.log(`restored ${source} to ${database.path}`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
