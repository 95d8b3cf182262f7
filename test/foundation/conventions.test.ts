import fs from 'node:fs';
import path from 'node:path';

/**
 * Conventions of docs/architecture.md that a grep can hold: one way to add rows, no compatibility
 * re-exports, one id policy. Each check also runs on a sample that breaks it, so it can fail.
 */
const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const CHECKS: Record<string, { applies(file: string): boolean; breaks(text: string): boolean }> = {
  // Rows are added with insert (src/db/insert.ts); seeds may do as they like.
  'no save() outside the seeds': { applies: (f) => !/\.seed\.ts$|\/seed\//.test(f), breaks: (t) => /\.save\(/.test(t) },
  // A feature's index.ts is its one door; nothing else forwards another module's exports.
  'no re-exports outside index.ts': {
    applies: (f) => path.basename(f) !== 'index.ts',
    breaks: (t) => /^export (\*|\{[^}]*\}|type \{[^}]*\}) from /m.test(t),
  },
  // An id argument goes through parseIdArg or loadCustomer (BAD_USER_INPUT naming it), never a NOT_FOUND of its own.
  'no hand-made id parsing': { applies: () => true, breaks: (t) => /isSafeInteger\([^)]*\)[^;]*NotFoundError/.test(t) },
};

describe.each(Object.entries(CHECKS))('%s', (_name, check) => {
  it('holds in src/', () => {
    const offenders = sources(path.join(ROOT, 'src'))
      .filter((f) => check.applies(f) && check.breaks(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});

it('each check notices a file that breaks it', () => {
  expect(CHECKS['no save() outside the seeds'].breaks('const x = await m.save(m.create(Invoice, {}));')).toBe(true);
  expect(CHECKS['no save() outside the seeds'].applies('src/features/x/x.seed.ts')).toBe(false);
  expect(CHECKS['no re-exports outside index.ts'].breaks("export * from '../../domain/roles';")).toBe(true);
  expect(CHECKS['no re-exports outside index.ts'].breaks("export { A, B } from './a';")).toBe(true);
  expect(
    CHECKS['no hand-made id parsing'].breaks(
      "if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('Staff member', staffId);",
    ),
  ).toBe(true);
});
