import {
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
} from 'graphql';
import { Role } from '../../src/domain/roles';

/**
 * Machinery of the authorization walk (test/hardening/access-matrix.test.ts): who may call each
 * root field, and a call of it that is valid enough to reach the permission layer.
 */
export const PUBLIC = 'PUBLIC' as const;
export const ANY_AUTHENTICATED = 'ANY_AUTHENTICATED' as const;
export type Access = typeof PUBLIC | typeof ANY_AUTHENTICATED | readonly Role[];

export interface AccessEntry {
  access: Access;
  /** Argument values to use instead of generated ones (e.g. a real account for `login`). */
  args?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** "Query.me" -> who may call it. */
export type AccessTable = Record<string, Access | AccessEntry>;

export function entryOf(value: Access | AccessEntry): AccessEntry {
  return typeof value === 'object' && !Array.isArray(value) && 'access' in value
    ? (value as AccessEntry)
    : { access: value as Access };
}

/** Whether a caller holding `role` (null: nobody) is allowed by `access`. */
export function allows(access: Access, role: Role | null): boolean {
  if (access === PUBLIC) return true;
  if (access === ANY_AUTHENTICATED) return role !== null;
  return role !== null && (access as readonly Role[]).includes(role);
}

/** Sample values for the API's scalars; unknown scalars get a string. */
export const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: '999999',
  String: 'x',
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Money: '1.00',
  LocalDate: '2026-01-15',
  DateTimeISO: '2026-01-15T08:00:00.000Z',
  DateTime: '2026-01-15T08:00:00.000Z',
};

/** A value of `type`: required input fields filled recursively, enums their first value, lists one item. */
export function sampleValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, depth);
  if (isListType(type)) return [sampleValue(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return type.name in SCALAR_SAMPLES ? SCALAR_SAMPLES[type.name] : 'x';
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 5) return out;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        out[field.name] = sampleValue(field.type, depth + 1);
    }
    return out;
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** One call of a root field: its required arguments as variables, and `{ __typename }` for an object result. */
export function buildCall(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => a.name in overrides || (isNonNullType(a.type) && a.defaultValue === undefined));
  const variables: Record<string, unknown> = {};
  for (const a of args) variables[a.name] = a.name in overrides ? overrides[a.name] : sampleValue(a.type);
  const defs = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const callArgs = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return { query: `${root.toLowerCase()} Walk${defs} { ${field.name}${callArgs}${selection} }`, variables };
}

/** Every root field of the schema as "Query.x" / "Mutation.y". */
export function rootFields(
  schema: GraphQLSchema,
): Array<{ key: string; root: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> }> {
  const out: Array<{ key: string; root: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> }> = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ key: `${root}.${field.name}`, root, field });
  }
  return out;
}
