import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildBareSchema } from '../../src/schema';

/**
 * Plain fields are read by property (no resolver of type-graphql's per field and row); computed
 * fields keep their resolvers, and so does the one promise-valued field (a connection's totalCount).
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema();
});

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];

it('reads plain fields of the rows by property: no resolver to call per field and row', () => {
  for (const [type, name] of [
    ['Visit', 'plannedAt'],
    ['Visit', 'purpose'],
    ['Customer', 'name'],
    ['Customer', 'status'],
    ['Receivable', 'dueDate'],
    ['CustomerEdge', 'node'],
    ['CustomerEdge', 'cursor'],
    ['Staff', 'name'],
  ])
    expect([type, name, field(type, name).resolve]).toEqual([type, name, undefined]);
});

it('keeps the resolvers of computed fields and of totalCount, whose value is a promise', () => {
  for (const [type, name] of [
    ['Customer', 'owner'],
    ['Customer', 'balance'],
    ['Customer', 'recentVisits'],
    ['Receivable', 'outstanding'],
    ['Staff', 'roles'],
    ['CustomerConnection', 'totalCount'],
    ['VisitConnection', 'totalCount'],
  ])
    expect([type, name, typeof field(type, name).resolve]).toEqual([type, name, 'function']);
});
