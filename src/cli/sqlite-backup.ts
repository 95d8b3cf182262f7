/**
 * Online backup of the SQLite database (DATABASE_URL=sqlite:...) into a new file, while the server
 * keeps running: SQLite's backup API copies a consistent snapshot, WAL included, page by page.
 *
 *   node dist/src/cli/sqlite-backup.js /var/backups/market-api/market-2026-11-30.sqlite
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../config';
import { openSqliteFile } from './sqlite-file';

export async function backupSqlite(sourcePath: string, backupPath: string): Promise<void> {
  if (!fs.existsSync(sourcePath)) throw new Error(`No SQLite database at ${sourcePath}.`);
  // A backup never overwrites an earlier one: a full disk or a wrong name must not cost the last good copy.
  if (fs.existsSync(backupPath)) throw new Error(`${backupPath} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(backupPath)), { recursive: true });
  const source = openSqliteFile(sourcePath);
  try {
    await source.backup(backupPath);
  } finally {
    source.close();
  }
  assertIntact(backupPath);
}

/** Throws unless SQLite's own integrity check passes on `file`. */
export function assertIntact(file: string): void {
  const db = openSqliteFile(file);
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}

async function main(): Promise<number> {
  const target = process.argv[2];
  const database = parseDatabaseUrl(process.env.DATABASE_URL, undefined);
  if (!target || database.type !== 'sqlite') {
    console.error('usage: DATABASE_URL=sqlite:<file> node dist/src/cli/sqlite-backup.js <backup file>');
    return 2;
  }
  await backupSqlite(database.path, target);
  console.log(`backed up ${database.path} to ${target}`);
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
