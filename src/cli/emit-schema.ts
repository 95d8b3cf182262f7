/** Writes schema/schema.graphql from the code (`npm run schema:emit`). A test fails when they differ. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildBareSchema } from '../schema';
import { printSchemaFile } from '../graphql/print-schema';

async function main() {
  const file = path.resolve(__dirname, '../../schema/schema.graphql');
  fs.writeFileSync(file, printSchemaFile(await buildBareSchema()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

void main();
