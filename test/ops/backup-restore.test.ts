import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Caller, TestApp } from '../support/app';
import { createScratchDatabase, ScratchDatabase, testDialect } from '../support/databases';
import { makeCustomer } from '../support/factories';
import { confirmStatement, issueStatement, pay, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';

/**
 * deploy/backup.sh and deploy/restore.sh, as an operator runs them: a backup taken while the server
 * is serving restores into a fresh database where every customer's balance is what it was at the
 * backup; and a restore never overwrites a database that holds data.
 */
jest.setTimeout(300_000);

const root = path.resolve(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-restore-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A new, empty database of the dialect under test, and the DATABASE_URL the scripts get for it. */
async function freshDatabase(name: string): Promise<{ scratch: ScratchDatabase; url: string }> {
  if (testDialect() === 'sqlite') {
    const file = path.join(dir, `${name}.sqlite`);
    const drop = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    };
    return { scratch: { config: { type: 'sqlite', path: file }, drop }, url: `sqlite:${file}` };
  }
  const scratch = await createScratchDatabase('mysql');
  if (scratch.config.type !== 'mysql') throw new Error('expected MySQL');
  return { scratch, url: scratch.config.url };
}

function script(name: 'backup' | 'restore', databaseUrl: string, file: string) {
  return spawnSync('bash', [path.join(root, 'deploy', `${name}.sh`), file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, MARKET_API_FROM_SOURCE: '1', TS_NODE_PROJECT: 'tsconfig.json' },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

async function balances(app: TestApp, reader: Caller): Promise<Record<string, string>> {
  const data = await app.ok<
    { customers: { edges: Array<{ node: { id: string; balance: string } }> } },
    Record<string, unknown>
  >(`{ customers(first: 100) { edges { node { id balance } } } }`, {}, reader);
  return Object.fromEntries(data.customers.edges.map((e) => [e.node.id, e.node.balance]));
}

describe(`backup and restore (${testDialect()})`, () => {
  it('a backup taken while serving restores into a fresh database with the same balances, and never over data', async () => {
    const source = await freshDatabase('source');
    const app = await TestApp.start({}, { database: source.scratch });
    let restored: TestApp | null = null;
    const target = await freshDatabase('restored');
    try {
      const manager = await app.staff(Role.MANAGER);
      const sales = await app.staff(Role.SALESPERSON);
      const collector = await app.staff(Role.COLLECTOR);
      const owing = await makeCustomer(app, sales);
      const inCredit = await makeCustomer(app, sales);
      for (const customer of [owing, inCredit]) {
        await recordConsignment(app, collector, customer.id, { weightKg: 2500, countingFee: '12.34' });
        await recordConsignment(app, collector, customer.id, { shippedOn: '2026-10-12', weightKg: 800 });
        const statement = await issueStatement(app, collector, customer.id, '2026-10-01', '2026-10-31');
        await confirmStatement(app, collector, statement.id);
      }
      await pay(app, collector, owing.id, '40.00', `part-${Date.now()}`);
      await pay(app, collector, inCredit.id, '1500.00', `over-${Date.now()}`);
      const atBackup = await balances(app, manager);
      expect(atBackup[String(owing.id)]).toMatch(/^\d+\.\d\d$/);
      expect(atBackup[String(owing.id)]).not.toBe('0.00');
      expect(atBackup[String(inCredit.id)]).toMatch(/^-\d+\.\d\d$/);

      const file = path.join(dir, testDialect() === 'sqlite' ? 'market.sqlite' : 'market.sql.gz');
      const backup = script('backup', source.url, file);
      expect({ status: backup.status, stderr: backup.stderr }).toEqual({ status: 0, stderr: '' });
      expect(fs.statSync(file).size).toBeGreaterThan(0);
      // A second backup never overwrites the first.
      expect(script('backup', source.url, file).status).not.toBe(0);

      // The source goes on after the backup; the restored copy must not show it.
      await pay(app, collector, owing.id, '1.00', `after-${Date.now()}`);
      expect((await balances(app, manager))[String(owing.id)]).not.toBe(atBackup[String(owing.id)]);

      const restore = script('restore', target.url, file);
      expect({ status: restore.status, stderr: restore.stderr }).toEqual({ status: 0, stderr: '' });
      // Restoring again would overwrite what is there now: refused.
      const again = script('restore', target.url, file);
      expect(again.status).not.toBe(0);
      expect(again.stderr).toMatch(/not empty|exists/);

      restored = await TestApp.start({}, { database: target.scratch });
      // Tokens are stateless: the manager's still works against the restored copy of the staff.
      expect(await balances(restored, manager)).toEqual(atBackup);
    } finally {
      if (restored) await restored.stop();
      else await target.scratch.drop();
      await app.stop();
    }
  });
});
