import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ERROR_CODES } from '../../client';
import { EXPOSED_CODES } from '../../src/errors';
import { PRE_EXECUTION_CODES } from '../../src/errors/format-error';

/**
 * client/ is a package another repository installs: `npm pack` builds it (JavaScript and type
 * declarations), and a consumer that has only the tarball type-checks and runs against it.
 */
jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '../..');

describe('the client package', () => {
  it('lists exactly the error codes the server lets a client see', () => {
    expect([...ERROR_CODES].sort()).toEqual(
      [...new Set([...EXPOSED_CODES, ...PRE_EXECUTION_CODES, 'INTERNAL_SERVER_ERROR'])].sort(),
    );
  });

  it('packs with built types, and a consumer with only the tarball type-checks and runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-package-'));
    try {
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
          cwd: path.join(ROOT, 'client'),
          stdio: ['ignore', 'pipe', 'pipe'],
        }).toString(),
      );
      const files = (packed[0].files as Array<{ path: string }>).map((f) => f.path);
      expect(files).toEqual(
        expect.arrayContaining([
          'package.json',
          'dist/index.js',
          'dist/index.d.ts',
          'dist/errors.d.ts',
          'dist/generated/graphql.d.ts',
          'generated/persisted-documents.json',
        ]),
      );
      expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);

      const modules = path.join(dir, 'consumer/node_modules');
      fs.mkdirSync(path.join(modules, '@market-department'), { recursive: true });
      execFileSync('tar', ['-xzf', path.join(dir, packed[0].filename), '-C', path.join(modules, '@market-department')]);
      fs.renameSync(path.join(modules, '@market-department/package'), path.join(modules, '@market-department/client'));
      // Its one dependency, as npm would install it.
      fs.symlinkSync(
        path.join(ROOT, 'node_modules/@graphql-typed-document-node'),
        path.join(modules, '@graphql-typed-document-node'),
      );
      const consumer = path.join(dir, 'consumer/app.ts');
      fs.writeFileSync(
        consumer,
        `import { CustomerDocument, RegisterCustomerDocument, RecordPaymentDocument, persistedHash, persistedQueryHash, errorCode, ERROR_CODES } from '@market-department/client';
import type { ErrorCode, CustomerAlreadyOwnedExtensions, RegisterCustomerMutationVariables, CustomerQuery } from '@market-department/client';
import manifest = require('@market-department/client/generated/persisted-documents.json');
const code: ErrorCode = 'CUSTOMER_ALREADY_OWNED';
// @ts-expect-error not a code of this API
const wrong: ErrorCode = 'TEAPOT';
const ext: CustomerAlreadyOwnedExtensions = { code: 'CUSTOMER_ALREADY_OWNED', ownerName: 'Wang', firstContactAt: '2026-01-01T00:00:00Z' };
const vars: RegisterCustomerMutationVariables = { input: { name: 'Acme', contactName: 'Li', contactPhone: '13800000000' } };
const name: string | undefined = ({} as CustomerQuery).customer?.name;
const hashes = [CustomerDocument, RegisterCustomerDocument, RecordPaymentDocument].map((d) => persistedHash(d));
const known = hashes.every((h) => ('sha256:' + h) in (manifest as Record<string, string>));
persistedQueryHash('query Other { me { id } }').then((h) => {
  console.log(JSON.stringify({ known, other: h, code, wrong, ext: ext.code, vars: vars.input.name, name, refused: errorCode({ extensions: { code: 'OPERATION_NOT_TRUSTED' } }), codes: ERROR_CODES.length }));
});
`,
      );
      execFileSync(
        path.join(ROOT, 'node_modules/.bin/tsc'),
        [
          '--strict',
          '--module',
          'commonjs',
          '--moduleResolution',
          'node',
          '--target',
          'es2020',
          '--resolveJsonModule',
          '--esModuleInterop',
          '--types',
          'node',
          '--typeRoots',
          path.join(ROOT, 'node_modules/@types'),
          consumer,
        ],
        { cwd: path.join(dir, 'consumer'), stdio: 'pipe' },
      );
      const out = JSON.parse(
        execFileSync('node', [path.join(dir, 'consumer/app.js')], { cwd: path.join(dir, 'consumer') }).toString(),
      );
      expect(out.known).toBe(true);
      expect(out.other).toMatch(/^[0-9a-f]{64}$/);
      expect(out.refused).toBe('OPERATION_NOT_TRUSTED');
      expect(out.codes).toBe(ERROR_CODES.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
