import {
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildBareSchema } from '../../src/schema';

/**
 * Every type, field, argument, input field and enum value of the schema has a description
 * (built-in scalars and introspection types aside): GraphiQL's docs and the generated client are
 * what frontend developers and analysts read.
 */
function missingDescriptions(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const blank = (d: string | null | undefined) => !d || !d.trim();
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value', async () => {
    const schema = await buildBareSchema();
    expect(missingDescriptions(Object.values(schema.getTypeMap()))).toEqual([]);
  });

  it('the check itself finds what is missing', async () => {
    const { buildSchema } = await import('graphql');
    const probe = buildSchema(
      '"The root." type Query { "ok" a(x: Int): E b: Int } "e" enum E { "one" ONE TWO } "i" input I { "f" f: Int g: Int }',
    );
    expect(missingDescriptions(Object.values(probe.getTypeMap()))).toEqual([
      'argument Query.a(x)',
      'field Query.b',
      'enum value E.TWO',
      'input field I.g',
    ]);
  });
});
