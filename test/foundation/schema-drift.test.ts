import fs from 'node:fs';
import path from 'node:path';
import { buildBareSchema } from '../../src/schema';
import { printSchemaFile } from '../../src/graphql/print-schema';

describe('schema/schema.graphql', () => {
  it('is exactly what the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printSchemaFile(await buildBareSchema()));
  });
});
