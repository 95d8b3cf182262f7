import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Staff } from '../../src/features/staff/staff.entity';
import { createFirstDirector, CreateDirectorRefused, parseArgs } from '../../src/cli/create-director';
import { migrate, openDataSource } from '../../src/db/data-source';

/** `npm run create-director`: the first DIRECTOR of an empty production database, and never a second. */
jest.setTimeout(120_000);

describe('createFirstDirector', () => {
  it('creates a DIRECTOR who can sign in, then refuses a second one', async () => {
    const app = await TestApp.start();
    try {
      const staff = await createFirstDirector(app.db, {
        email: 'Boss@Company.example',
        name: 'The Boss',
        password: 'F1rst-director',
      });
      expect(staff.roles).toEqual([Role.DIRECTOR]);
      const { login } = await app.ok<{ login: { staff: { roles: string[] } } }, Record<string, unknown>>(
        `mutation { login(email: "boss@company.example", password: "F1rst-director") { staff { roles } } }`,
      );
      expect(login.staff.roles).toEqual(['DIRECTOR']);
      await expect(
        createFirstDirector(app.db, { email: 'second@company.example', name: 'Second', password: 'F1rst-director' }),
      ).rejects.toBeInstanceOf(CreateDirectorRefused);
      expect(await app.db.getRepository(Staff).count()).toBe(1);
    } finally {
      await app.stop();
    }
  });

  it('refuses a weak password and a database with pending migrations', async () => {
    const app = await TestApp.start();
    try {
      await expect(
        createFirstDirector(app.db, { email: 'weak@company.example', name: 'Weak', password: 'short' }),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await app.stop();
    }
    const empty = await openDataSource({ type: 'sqlite', path: ':memory:' });
    try {
      await expect(
        createFirstDirector(empty, { email: 'x@company.example', name: 'X', password: 'F1rst-director' }),
      ).rejects.toThrow(/pending migrations/);
    } finally {
      await empty.destroy();
    }
  });

  it('reads --email and --name in both spellings', () => {
    expect(parseArgs(['--email', 'a@b.c', '--name=Full Name'])).toEqual({ email: 'a@b.c', name: 'Full Name' });
  });
});

describe('the create-director command', () => {
  it('creates the DIRECTOR from the command line with the password on stdin, and refuses to run twice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'create-director-'));
    const file = path.join(dir, 'db.sqlite');
    try {
      const db = await openDataSource({ type: 'sqlite', path: file });
      await migrate(db);
      await db.destroy();
      const run = () =>
        spawnSync(
          process.execPath,
          [
            '-r',
            'ts-node/register/transpile-only',
            'src/cli/create-director.ts',
            '--email',
            'cli.boss@company.example',
            '--name',
            'Cli Boss',
          ],
          {
            cwd: path.resolve(__dirname, '../..'),
            env: { ...process.env, DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'development', DIRECTOR_PASSWORD: '' },
            input: 'Cl1-director-pass\n',
            encoding: 'utf8',
          },
        );
      const first = run();
      expect(first.stdout).toMatch(/Created DIRECTOR Cli Boss <cli\.boss@company\.example>/);
      expect(first.status).toBe(0);
      const second = run();
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/A DIRECTOR already exists/);
      const check = await openDataSource({ type: 'sqlite', path: file });
      try {
        const staff = await check.getRepository(Staff).find();
        expect(staff.map((s) => [s.email, s.roles])).toEqual([['cli.boss@company.example', [Role.DIRECTOR]]]);
        expect(staff[0].passwordHash).not.toContain('Cl1-director-pass');
      } finally {
        await check.destroy();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
