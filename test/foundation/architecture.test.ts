import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The one-way architecture (.dependency-cruiser.js): no circles, features in their written order
 * and only through each other's index.ts, nothing below the composition roots importing them.
 */
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'node_modules/.bin/depcruise');
const config = path.join(root, '.dependency-cruiser.js');

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

function cruise(cwd: string): { violations: Violation[] } {
  const run = spawnSync(bin, ['src', '--config', config, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  const summary = JSON.parse(run.stdout).summary;
  return { violations: summary.violations };
}

const key = (v: Violation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('one-way architecture', () => {
  it('src/ breaks no dependency rule', () => {
    expect(cruise(root).violations.map(key)).toEqual([]);
  }, 120000);

  it('the rules catch each kind of wrong arrow (a small tree built to break each once)', () => {
    const { violations } = cruise(path.join(__dirname, 'architecture-fixture'));
    expect([...new Set(violations.map(key))].sort()).toEqual(
      [
        'feature-context-type-only: src/features/audit/context-at-runtime.ts -> src/context.ts',
        'feature-door: src/features/approvals/reaches-inside.ts -> src/features/customers/customer-inner.ts',
        'feature-in-order: src/features/unlisted/unlisted.ts -> src/features/customers/index.ts',
        'feature-not-composition: src/features/audit/imports-server.ts -> src/server.ts',
        'feature-order: src/features/staff/imports-later.ts -> src/features/customers/index.ts',
        'kernel-not-feature: src/domain/uses-feature.ts -> src/features/customers/index.ts',
        'no-circular-types: src/features/visits/ping.ts -> src/features/visits/pong.ts',
        'no-circular: src/features/visits/ping.ts -> src/features/visits/pong.ts',
      ].sort(),
    );
  }, 120000);
});
