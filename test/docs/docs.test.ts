import fs from 'node:fs';
import path from 'node:path';
import { EXPOSED_CODES } from '../../src/errors';

/**
 * The documentation a clone carries is the contract clients code against: every error code the
 * server can give is listed in docs/api.md, and nothing points at documents outside the repository.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Every code the errors module can put in `extensions.code`. */
function codesInErrorsModule(): Set<string> {
  const codes = new Set<string>(EXPOSED_CODES);
  const index = read('src/errors/index.ts');
  const union = /export type ErrorCode\s*=([\s\S]*?);/.exec(index);
  if (!union) throw new Error('ErrorCode union not found in src/errors/index.ts');
  for (const m of union[1].matchAll(/'([A-Z][A-Z_]+)'/g)) codes.add(m[1]);
  for (const file of fs.readdirSync(path.join(root, 'src/errors'))) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'index.ts') continue;
    // The other files of the module name codes only: the pre-execution codes and the masks.
    for (const m of read(`src/errors/${file}`).matchAll(/'([A-Z][A-Z_]{3,})'/g)) codes.add(m[1]);
  }
  return codes;
}

/** Codes the HTTP layer sends itself, before GraphQL runs. */
function codesInHttpLayer(): Set<string> {
  const codes = new Set<string>();
  for (const file of fs.readdirSync(path.join(root, 'src/http'))) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = read(`src/http/${file}`);
    for (const m of text.matchAll(/code: '([A-Z][A-Z_]+)'/g)) codes.add(m[1]);
    for (const m of text.matchAll(/sendError\(\s*res,\s*\d+,\s*'([A-Z][A-Z_]+)'/g)) codes.add(m[1]);
  }
  return codes;
}

function documentedCodes(): Set<string> {
  const table = read('docs/api.md')
    .split('\n## ')
    .find((section) => section.startsWith('Errors'));
  if (!table) throw new Error('docs/api.md has no "## Errors" section');
  return new Set([...table.matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((m) => m[1]));
}

describe('docs/api.md', () => {
  it('lists every error code of src/errors in its Errors table', () => {
    const codes = codesInErrorsModule();
    expect(codes.size).toBeGreaterThan(15);
    const missing = [...codes].filter((c) => !documentedCodes().has(c));
    expect(missing).toEqual([]);
  });

  it('lists every code the HTTP layer sends', () => {
    const missing = [...codesInHttpLayer()].filter((c) => !documentedCodes().has(c));
    expect(missing).toEqual([]);
  });

  it('documents with its extensions each domain error that carries some', () => {
    const api = read('docs/api.md');
    expect(api).toMatch(/`CUSTOMER_ALREADY_OWNED` \|[^\n]*`ownerName`[^\n]*`firstContactAt`/);
    expect(api).toMatch(/`PICKUP_CONDITIONS_NOT_MET` \|[^\n]*`reason`/);
    expect(api).toMatch(/`AMOUNT_MISMATCH` \|[^\n]*`expected`/);
    expect(api).toMatch(/`BAD_USER_INPUT` \|[^\n]*`field`/);
  });
});

describe('the repository documentation', () => {
  it('has the business rules, the client contract and the architecture in docs/', () => {
    const readme = read('README.md');
    for (const file of ['docs/rules.md', 'docs/api.md', 'docs/architecture.md']) {
      expect(read(file).length).toBeGreaterThan(2000);
      expect(readme).toContain(`(${file})`);
    }
  });

  it('points at no document outside the repository', () => {
    const skip = new Set(['node_modules', 'dist', '.git', 'coverage', 'data']);
    const offenders: string[] = [];
    const outside = ['..', 'shared'].join('/');
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          /\.(md|ts|js|json|ya?ml|graphql|sh|service|txt)$/.test(entry.name) &&
          fs.readFileSync(full, 'utf8').includes(outside)
        ) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
