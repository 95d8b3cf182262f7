import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql as run } from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { applyPermissions, permissionRules } from '../../src/permissions';
import { describeRule } from '../support/describe-rule';
import { TestApp } from '../support/app';
import { Role } from '../../src/features/staff/role';

describe('the access map', () => {
  it('gives every Query and Mutation field an explicit rule (diff here = permission change)', async () => {
    const schema = await buildBareSchema();
    const lines: string[] = [];
    for (const type of ['Query', 'Mutation'] as const) {
      const fields = Object.keys((type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).sort();
      for (const field of fields) {
        const rule = permissionRules[type][field];
        lines.push(`${type}.${field}: ${rule ? describeRule(rule) : 'DENIED (no rule)'}`);
      }
    }
    for (const [type, fields] of Object.entries(permissionRules)) {
      if (type === 'Query' || type === 'Mutation') continue;
      for (const [field, rule] of Object.entries(fields)) lines.push(`${type}.${field}: ${describeRule(rule)}`);
    }
    expect(lines.filter((l) => l.includes('DENIED (no rule)'))).toEqual([]);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('refuses a root field that was added without a rule', async () => {
    const bare = await buildBareSchema();
    const query = bare.getQueryType()!.toConfig();
    const withExtra = new GraphQLSchema({
      ...bare.toConfig(),
      query: new GraphQLObjectType({ ...query, fields: { ...query.fields, secretReport: { type: GraphQLString, resolve: () => 'leaked' } } }),
      types: bare.toConfig().types.filter((t) => t.name !== 'Query'),
    });
    const guarded = applyPermissions(withExtra);
    const app = await TestApp.start();
    try {
      const director = await app.staff(Role.DIRECTOR);
      const contextValue = await app.server.context({ authorization: `Bearer ${director.token}` });
      const result = await run({ schema: guarded, source: '{ secretReport }', contextValue });
      expect(result.data?.secretReport ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await app.stop();
    }
  });
});
