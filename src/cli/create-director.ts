/**
 * Creates the first DIRECTOR on an empty production database:
 *
 *   DIRECTOR_PASSWORD=... npm run create-director -- --email boss@company.example --name "Boss Name"
 *   (or pipe the password on stdin)
 *
 * Refuses when any DIRECTOR exists (the DIRECTOR then manages staff through the API) and when
 * migrations are pending (run `npm run migrate` first).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { openDataSource } from '../db/data-source';
import { StaffService } from '../features/staff/staff.service';
import { StaffRole } from '../features/staff/staff-role.entity';
import { Department, Role } from '../domain/roles';
import { Staff } from '../features/staff/staff.entity';
import { staffHooks } from '../features/auth/staff-hooks';

export class CreateDirectorRefused extends Error {}

export interface FirstDirector {
  email: string;
  name: string;
  password: string;
}

export async function createFirstDirector(db: DataSource, input: FirstDirector): Promise<Staff> {
  if (await db.showMigrations())
    throw new CreateDirectorRefused('The database has pending migrations: run `npm run migrate` first.');
  const directors = await db.getRepository(StaffRole).count({ where: { role: Role.DIRECTOR } });
  if (directors > 0)
    throw new CreateDirectorRefused(
      'A DIRECTOR already exists: further accounts are created by a DIRECTOR through the API (createStaff).',
    );
  return new StaffService(db, staffHooks).create(null, {
    ...input,
    roles: [Role.DIRECTOR],
    department: Department.MARKET,
  });
}

export function parseArgs(argv: string[]): { email?: string; name?: string } {
  const out: { email?: string; name?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    if (flag === '--email' || flag === '--name') {
      out[flag.slice(2) as 'email' | 'name'] = value;
      if (inline === undefined) i++;
    }
  }
  return out;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { email, name } = parseArgs(process.argv.slice(2));
  if (!email || !name) {
    console.error(
      'usage: DIRECTOR_PASSWORD=... npm run create-director -- --email <email> --name "<full name>"  (or the password on stdin)',
    );
    return 2;
  }
  const password = process.env.DIRECTOR_PASSWORD || (await readStdin());
  if (!password) {
    console.error('No password: set DIRECTOR_PASSWORD or pipe it on stdin.');
    return 2;
  }
  const config = loadConfig();
  const db = await openDataSource(config.database);
  try {
    const staff = await createFirstDirector(db, { email, name, password });
    console.log(`Created DIRECTOR ${staff.name} <${staff.email}> (id ${staff.id}).`);
    return 0;
  } catch (error) {
    const e = error as { message?: string; extensions?: { code?: string } };
    console.error(
      error instanceof CreateDirectorRefused || e.extensions?.code ? e.message : `Failed: ${e.message ?? error}`,
    );
    return 1;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main().then((code) => process.exit(code));
}
