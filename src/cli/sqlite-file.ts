/**
 * The few calls of better-sqlite3 that backup and restore use, typed here (the package ships no
 * types, and these commands run from a production install without dev dependencies).
 */
export interface SqliteFile {
  backup(destination: string): Promise<unknown>;
  pragma(source: string, options: { simple: true }): unknown;
  close(): void;
}

type SqliteFileConstructor = new (file: string, options: { fileMustExist: boolean; readonly: boolean }) => SqliteFile;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as SqliteFileConstructor;

/** Opens an existing SQLite file read-only. */
export function openSqliteFile(file: string): SqliteFile {
  return new Database(file, { fileMustExist: true, readonly: true });
}
