import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * deploy/market-api.service is what operators install: systemd's own checker must find nothing
 * wrong in it, and it must run the built server (a production install has no TypeScript).
 */
jest.setTimeout(300_000);

const root = path.resolve(__dirname, '../..');
const unitFile = path.join(root, 'deploy', 'market-api.service');

function findAnalyzer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** systemd-analyze, installed from Debian's systemd package when missing and we may (root with apt). */
function ensureAnalyzer(): { path: string } | { skip: string } {
  const present = findAnalyzer();
  if (present) return { path: present };
  if (process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) {
    return {
      skip: "systemd-analyze is missing and this user cannot install Debian's systemd package (needs root and apt-get)",
    };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 180_000 });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'systemd'], {
    env,
    stdio: 'ignore',
    timeout: 240_000,
  });
  const installed = findAnalyzer();
  return installed
    ? { path: installed }
    : { skip: "systemd-analyze is missing and installing Debian's systemd package failed" };
}

function verify(analyzer: string, file: string) {
  const result = spawnSync(analyzer, ['verify', file], { encoding: 'utf8' });
  // verify exits 0 on some mistakes (an unknown key is "ignored"): every complaint about the file counts.
  const complaints = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.includes(path.basename(file)));
  return { status: result.status, complaints };
}

const analyzer = ensureAnalyzer();
const withAnalyzer = 'path' in analyzer ? it : it.skip;
if ('skip' in analyzer) console.warn(`systemd unit check skipped: ${analyzer.skip}`);

describe('deploy/market-api.service', () => {
  withAnalyzer('passes systemd-analyze verify without a complaint', () => {
    const { status, complaints } = verify((analyzer as { path: string }).path, unitFile);
    expect(complaints).toEqual([]);
    expect(status).toBe(0);
  });

  withAnalyzer('the same check finds a mistake in a broken copy (it can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unit-'));
    try {
      const broken = path.join(dir, 'market-api.service');
      fs.writeFileSync(
        broken,
        fs.readFileSync(unitFile, 'utf8').replace('Restart=on-failure', 'Restart=on-failur\nRestartEverySecond=1'),
      );
      expect(verify((analyzer as { path: string }).path, broken).complaints.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the built server in production mode, never the compiler', () => {
    const unit = fs.readFileSync(unitFile, 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/src\/main\.js$/m);
    expect(unit).toMatch(/^Environment=NODE_ENV=production$/m);
    expect(unit).not.toMatch(/^Exec\w*=.*\b(npm|tsc|ts-node)\b/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });
});
