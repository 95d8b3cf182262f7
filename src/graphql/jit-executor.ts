import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document (and
 * operation) is compiled once into plain JavaScript that calls the schema's own resolvers, and
 * later requests only run it. The resolvers are those of the executable schema, so what wraps
 * them (graphql-shield through graphql-middleware, the stored-text guard) runs exactly as under
 * graphql-js. Apollo still parses, validates and applies every plugin (operation limits, trusted
 * documents, introspection access) before execution, and formats the errors after it.
 *
 * Plugged in through Apollo Server's gateway interface: its documented hook for a custom executor
 * (Apollo 4 dropped the `executor` option). The "gateway" serves our one schema; nothing is
 * federated.
 *
 * graphql-js is kept where jit would answer differently or cannot:
 * - mutations: graphql-js stops a mutation at its first failed non-null field (e.g. aliased
 *   logins: a failed one stops the rest), jit would run the remaining fields; mutations are not
 *   where time goes;
 * - a document jit cannot compile runs under graphql-js (remembered, not retried);
 * - when jit refuses the variables (nothing executed), the request is run again by graphql-js,
 *   so bad input is answered with graphql-js's exact messages and Apollo's BAD_USER_INPUT.
 */
export type GraphQLExecutor = (request: {
  document: DocumentNode;
  operationName: string | null;
  /** query, mutation or subscription. */
  operationType: string;
  variables: Record<string, unknown> | undefined;
  context: unknown;
}) => Promise<ExecutionResult>;

/** Distinct operations kept compiled; the least recently used is dropped beyond this. */
export const COMPILED_OPERATIONS_KEPT = 500;

type Compiled = CompiledQuery | 'graphql-js';

/** A bounded least-recently-used map (Map keeps insertion order: a hit is moved to the end). */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  get size(): number {
    return this.map.size;
  }
}

export function createJitExecutor(schema: GraphQLSchema, kept = COMPILED_OPERATIONS_KEPT) {
  const cache = new Lru<Compiled>(kept);
  // Documents are cached by Apollo per query text, but one document can hold several operations.
  const keys = new WeakMap<DocumentNode, Map<string, string>>();
  let counter = 0;
  const keyOf = (document: DocumentNode, operationName: string | null) => {
    let byOperation = keys.get(document);
    if (!byOperation) keys.set(document, (byOperation = new Map()));
    const name = operationName ?? '';
    let key = byOperation.get(name);
    if (key === undefined) byOperation.set(name, (key = String(++counter)));
    return key;
  };

  const graphqlJs: GraphQLExecutor = async ({ document, operationName, variables, context }) =>
    execute({ schema, document, operationName, variableValues: variables, contextValue: context });

  const run: GraphQLExecutor = async (request) => {
    const { document, operationName, operationType, variables, context } = request;
    if (operationType !== 'query') return graphqlJs(request);
    const key = keyOf(document, operationName);
    let compiled = cache.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      compiled = isCompiledQuery(result) ? result : 'graphql-js';
      cache.set(key, compiled);
    }
    if (compiled === 'graphql-js') return graphqlJs(request);
    const result = await compiled.query(undefined, context, variables ?? {});
    // Variables refused before anything ran: graphql-js words the errors (and Apollo codes them).
    if (result.data === undefined && result.errors?.length) return graphqlJs(request);
    return result.errors?.length ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  return { execute: run, compiledCount: () => cache.size };
}

/**
 * graphql-jit reports a resolver's error in its own GraphQLError, whose `extensions` is undefined
 * when the thrown error had none (a driver's error, a lost connection). Apollo reads
 * `error.extensions.code` and its error formatting then fails on its own: the client got a bare
 * INTERNAL_SERVER_ERROR without a path, and a lost database was never told apart as
 * SERVICE_UNAVAILABLE. graphql-js's own error carries the same message, path, locations and
 * original error, with `extensions` always an object.
 */
export function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const same = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
  // graphql-js computes locations from AST nodes, which jit does not keep; its own are the same.
  return Object.assign(same, { locations: error.locations });
}

/** The executor as Apollo Server's `gateway` option: our one schema, run by `executor`. */
export function jitGateway<TContext extends BaseContext>(
  schema: GraphQLSchema,
  executor: GraphQLExecutor,
): ApolloServerOptionsWithGateway<TContext>['gateway'] {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: (rc) =>
          executor({
            document: rc.document,
            operationName: rc.operationName,
            operationType: rc.operation.operation,
            variables: rc.request.variables,
            context: rc.context,
          }),
      };
    },
    async stop() {},
  };
}
