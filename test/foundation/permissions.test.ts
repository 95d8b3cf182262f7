import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql as run } from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { applyPermissions, permissionRules } from '../../src/permissions';
import { describeRule } from '../support/describe-rule';
import { TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { MONEY_READERS } from '../../src/domain/role-sets';
import { MONEY_REPORT_ROOTS, PRIVATE_DATA_EXEMPTIONS, privateDataFields } from './private-data-fields';

describe('the access map', () => {
  it('gives every Query and Mutation field an explicit rule (diff here = permission change)', async () => {
    const schema = await buildBareSchema();
    const lines: string[] = [];
    for (const type of ['Query', 'Mutation'] as const) {
      const fields = Object.keys(
        (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields(),
      ).sort();
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

  it('lists every field that shows money or contact data with its rule (a field without one fails)', async () => {
    const schema = await buildBareSchema();
    const fields = privateDataFields(schema);
    const lines = fields.map((f) => {
      const [type, field] = f.split('.');
      const rule = permissionRules[type]?.[field];
      if (rule) return `${f}: ${describeRule(rule)}`;
      return `${f}: no rule (${PRIVATE_DATA_EXEMPTIONS[f] ?? 'MISSING: give it a field rule'})`;
    });
    expect(lines.filter((l) => l.includes('MISSING'))).toEqual([]);
    // An exemption that no longer applies (the field is gone or has a rule) is stale.
    expect(
      Object.keys(PRIVATE_DATA_EXEMPTIONS).filter(
        (f) => !fields.includes(f) || permissionRules[f.split('.')[0]]?.[f.split('.')[1]],
      ),
    ).toEqual([]);
    // Report rows go without field rules only while their reports admit the money readers alone.
    for (const root of MONEY_REPORT_ROOTS) {
      const roles = /^hasRole\((.*)\)$/.exec(describeRule(permissionRules.Query[root]))?.[1].split(',') ?? [
        '(not a role rule)',
      ];
      expect({ root, outside: roles.filter((r) => !MONEY_READERS.includes(r as Role)) }).toEqual({ root, outside: [] });
    }
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('refuses a root field that was added without a rule', async () => {
    const bare = await buildBareSchema();
    const query = bare.getQueryType()!.toConfig();
    const withExtra = new GraphQLSchema({
      ...bare.toConfig(),
      query: new GraphQLObjectType({
        ...query,
        fields: { ...query.fields, secretReport: { type: GraphQLString, resolve: () => 'leaked' } },
      }),
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
