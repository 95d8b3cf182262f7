import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * A production install is the built output (dist/) plus `npm ci --omit=dev`: no TypeScript, no
 * ts-node, no codegen. The operators' commands must run there, so they may start only built
 * JavaScript, and the server's code may import only runtime dependencies.
 */
const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const OPERATOR_COMMANDS = ['serve', 'migrate', 'create-director', 'backup', 'restore'];
const DEV_TOOLS = /\b(tsc|ts-node|npm run build|graphql-codegen|jest)\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The package a bare module specifier names ("@scope/name/deep" -> "@scope/name"). */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Module specifiers a file loads at run time (type-only imports are erased by tsc). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) found.push(m[1]);
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) found.push(m[1]);
  for (const m of text.matchAll(/\brequire\(\s*'([^']+)'\s*\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(m[1]);
  return found;
}

describe('a production install without dev dependencies', () => {
  it.each(OPERATOR_COMMANDS)('`npm run %s` runs built JavaScript, never a compiler', (name) => {
    const script = pkg.scripts[name];
    expect(script).toBeDefined();
    expect(script).not.toMatch(DEV_TOOLS);
  });

  it('the backup and restore scripts run the built commands unless told to use the sources', () => {
    const shared = fs.readFileSync(path.join(root, 'deploy', 'db-url.sh'), 'utf8');
    expect(shared).toMatch(/node "dist\/src\/cli\/\$name\.js"/);
    expect(shared).toMatch(/MARKET_API_FROM_SOURCE/);
  });

  it('the server, its migrations, its commands and the client documents it loads import only runtime dependencies', () => {
    const builtins = new Set(builtinModules);
    const offenders: string[] = [];
    for (const file of ['src', 'migrations', 'client'].flatMap((d) => sourceFiles(path.join(root, d)))) {
      for (const specifier of runtimeImports(file)) {
        const name = packageOf(specifier);
        if (!name || builtins.has(name) || name in pkg.dependencies) continue;
        offenders.push(`${path.relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the check above notices a dev dependency, and lets type-only imports pass (it can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imports-'));
    try {
      const file = path.join(dir, 'sample.ts');
      fs.writeFileSync(
        file,
        "import type { Config } from 'jest';\nimport {\n  describe,\n} from '@jest/globals';\nimport pino from 'pino';\n",
      );
      const packages = runtimeImports(file).map(packageOf);
      expect(packages).toEqual(['@jest/globals', 'pino']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
