import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/**
 * `engines` in package.json is a promise to operators: every locked package must run on the oldest
 * Node it names, or `npm ci` warns (EBADENGINE) and a dependency may use what that Node lacks.
 */
const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('engines', () => {
  const oldest = semver.minVersion(pkg.engines.node);

  it('names a Node range with a lower bound', () => {
    expect(oldest).not.toBeNull();
    expect(semver.major(oldest!)).toBeGreaterThanOrEqual(20);
  });

  it('every locked package supports the oldest Node the project claims', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([where]) => where !== '')
      .map(([where, p]) => ({
        where,
        version: p.version,
        node: !Array.isArray(p.engines) ? p.engines?.node : undefined,
      }))
      .filter((p) => p.node && !semver.satisfies(oldest!, p.node, { includePrerelease: true }))
      .map((p) => `${p.where}@${p.version} wants node ${p.node}`);
    expect(refusing).toEqual([]);
  });

  it('also the Node this test runs on, when it is inside the claimed range', () => {
    if (!semver.satisfies(process.versions.node, pkg.engines.node)) return;
    const refusing = Object.entries(lock.packages)
      .filter(
        ([where, p]) =>
          where !== '' &&
          !Array.isArray(p.engines) &&
          p.engines?.node &&
          !semver.satisfies(process.versions.node, p.engines.node),
      )
      .map(([where]) => where);
    expect(refusing).toEqual([]);
  });
});
