import { DocumentNode, GraphQLSchema, Kind, NoSchemaIntrospectionCustomRule, parse, validate } from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Role } from '../domain/roles';
import { MAX_TOKENS } from './limits';
import { IntrospectionRefusedError } from '../errors';

const SCHEMA_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * True when every operation of the document reads only the schema (its root selects nothing but
 * `__schema`, `__type` and `__typename`): such a document can reach no data, whatever it nests,
 * because below `__schema` only introspection types exist.
 */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) =>
      op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && SCHEMA_FIELDS.has(s.name.value)),
    )
  );
}

/** The same test on a document's text; text that does not parse is not introspection. */
export function isIntrospectionText(query: string): boolean {
  try {
    return isIntrospectionOnly(parse(query, { maxTokens: MAX_TOKENS, noLocation: true }));
  } catch {
    return false;
  }
}

// Apollo hands every request of one document text the same parsed DocumentNode (its document store).
const readsSchemaMemo = new WeakMap<DocumentNode, boolean>();

function readsSchema(schema: GraphQLSchema, document: DocumentNode): boolean {
  let reads = readsSchemaMemo.get(document);
  if (reads === undefined) {
    reads = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
    readsSchemaMemo.set(document, reads);
  }
  return reads;
}

/**
 * Who may read the schema (`__schema`, `__type`): everyone when `open` (development, or
 * GRAPHQL_INTROSPECTION=true), otherwise only a signed-in caller holding one of `roles`
 * (GRAPHQL_INTROSPECTION_ROLES). Decided per request, after validation: Apollo caches validation
 * per document, so a caller-dependent rule cannot be a validation rule.
 */
export function introspectionAccessPlugin(open: boolean, roles: readonly Role[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (open) return {};
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          if (!readsSchema(schema, document)) return;
          const actor = contextValue.actor;
          if (actor && actor.roles.some((r) => roles.includes(r))) return;
          throw new IntrospectionRefusedError(!!actor, roles);
        },
      };
    },
  };
}
