import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The committed form of the schema: sorted, so diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Emitted by \`npm run schema:emit\` from the code. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
