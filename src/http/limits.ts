import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  getNamedType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection';
import { OperationLimitError } from '../errors';

/**
 * Abuse limits on the shape of an operation, checked after parsing and validation and before any
 * resolver runs. They hold for every field that exists now or is added later: nothing here names
 * a field of our API.
 *
 * - depth: nested selections; an `ofType` chain of introspection counts only beyond the
 *   INTROSPECTION_TYPE_REF_DEPTH levels of the standard introspection query;
 * - aliases: every aliased field, `__typename` included, counted each time a fragment is spread;
 * - directives: every directive used anywhere in the document;
 * - cost: one point per field; a field with a `first` argument multiplies what it selects by
 *   `first` (literal or variable, a variable not sent at its default; 20 when omitted, as connections
 *   default; capped at 100).
 *
 * Fragments are measured once each (memoized) and a spread cycle counts as over every limit, so a
 * fan-out bomb of fragments spreading fragments costs linear time to refuse.
 * The size of the document itself is bounded by the parser's token limit (MAX_TOKENS).
 *
 * Why our own and not @escape.tech/graphql-armor (evaluated at 3.2.0: cost-limit 2.4.3, max-depth
 * 2.4.2, max-aliases 2.6.2, max-directives 2.3.1; read in their published code):
 * - cost: armor's is a validation rule, and validation never sees variables, so it multiplies by
 *   `first`/`last` only when the argument is an integer literal: `list(first: $n)` passes at
 *   maxCost 100 whatever n is, where `list(first: 1000)` is refused at 5000 (tried), so n = 100
 *   costs as if n were 1, and an omitted `first` counts 1 where our connections return 20.
 *   Every client operation of schema/operations passes `first` as a variable, so armor would not
 *   price a single real list. It also has no cap (a literal first: 1000000 counts a million while
 *   the connection returns 100) and compounds depthCostFactor per level.
 * - depth: with `ignoreIntrospection` (the default) a `__schema` field counts nothing at all, so
 *   `{ __schema { types { ofType { ofType ... } } } }` passes at any length (tried: 30 levels at
 *   maxDepth 10), while the same chain under `__type(name:)` is counted in full; without it,
 *   graphql-js's standard introspection query is refused (it counts it 21 deep, each fragment
 *   spread a level). We count `ofType` only beyond the INTROSPECTION_TYPE_REF_DEPTH levels of the
 *   standard query, wherever it appears.
 * - codes: every armor refusal is a bare GraphQLError "Syntax Error: ..." with no code, thrown out
 *   of validation (Apollo reports it as GRAPHQL_VALIDATION_FAILED); our clients rely on
 *   QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_DIRECTIVES and QUERY_TOO_COMPLEX with HTTP 400
 *   (docs/api.md). Its onReject hooks could rewrite the codes, but not the two behaviours above.
 * Worth a new look if armor's cost limit ever reads variables (its pull request #762 on
 * connections was still open).
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 50,
  maxCost: 10_000,
};

/**
 * `ofType` levels of graphql-js's standard introspection query (its TypeRef fragment): a chain up
 * to this long is free, so every introspecting client works; each level beyond counts as depth.
 */
export const INTROSPECTION_TYPE_REF_DEPTH = 9;

/**
 * Validation stops after this many errors (graphql-js then adds one saying it stopped): a document
 * full of unknown directives or fields gets a few errors, not one per mistake.
 */
export const MAX_VALIDATION_ERRORS = 3;

/** graphql-js aborts parsing past this many tokens (a GRAPHQL_PARSE_FAILED becomes QUERY_TOO_LARGE). */
export const MAX_TOKENS = 5000;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  /** The longest run of `ofType` fields starting at this selection. */
  typeRefRun: number;
  /** The longest run of `ofType` fields anywhere below. */
  typeRefLongest: number;
}

const INFINITE: Measure = {
  depth: Infinity,
  aliases: Infinity,
  cost: Infinity,
  typeRefRun: Infinity,
  typeRefLongest: Infinity,
};

function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  return arg ? countedPageSize(valueFromASTUntyped(arg.value, variables)) : DEFAULT_PAGE_SIZE;
}

/**
 * The variables as execution will see them: a variable not sent takes its definition's default,
 * so `query($n: Int = 100)` counts pages of 100, not of the connection's default 20.
 */
function withDefaults(operation: OperationDefinitionNode, sent: Record<string, unknown>): Record<string, unknown> {
  let variables = sent;
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (def.defaultValue && !(name in sent)) {
      if (variables === sent) variables = { ...sent };
      variables[name] = valueFromASTUntyped(def.defaultValue);
    }
  }
  return variables;
}

/** What a `first` of this (uncoerced) value counts as. */
function countedPageSize(value: unknown): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), MAX_PAGE_SIZE);
}

/** Measures the operation `operationName` (or the only one) of a parsed, validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  sent: Record<string, unknown> = {},
): OperationMeasure {
  const variables = withDefaults(operation, sent);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();

  const measureFragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return { depth: 0, aliases: 0, cost: 0, typeRefRun: 0, typeRefLongest: 0 };
    if (visiting.has(name)) return INFINITE; // a cycle (validation refuses it first; never loop)
    visiting.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const m = measureSet(fragment.selectionSet, type ?? undefined);
    visiting.delete(name);
    memo.set(name, m);
    return m;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): Measure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    let typeRefRun = 0;
    let typeRefLongest = 0;
    for (const selection of set.selections) {
      let m: Measure;
      if (selection.kind === Kind.FIELD) {
        m = measureField(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? undefined)
          : parent;
        m = measureSet(selection.selectionSet, type);
      } else {
        m = measureFragment(selection.name.value);
      }
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      cost += m.cost;
      typeRefRun = Math.max(typeRefRun, m.typeRefRun);
      typeRefLongest = Math.max(typeRefLongest, m.typeRefLongest);
    }
    return { depth, aliases, cost, typeRefRun, typeRefLongest };
  };

  const measureField = (field: FieldNode, parent: GraphQLNamedType | undefined): Measure => {
    const aliases = field.alias ? 1 : 0;
    if (!field.selectionSet) return { depth: 1, aliases, cost: 1, typeRefRun: 0, typeRefLongest: 0 };
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
    const childType = definition ? getNamedType(definition.type) : undefined;
    const child = measureSet(field.selectionSet, childType);
    const paged = !!definition?.args.some((a) => a.name === 'first');
    const multiplier = paged ? pageSize(field, variables) : 1;
    // An introspection type reference (`ofType { ofType { ... } }`) is a chain, measured apart.
    const typeRef = field.name.value === 'ofType';
    const typeRefRun = typeRef ? 1 + child.typeRefRun : 0;
    return {
      depth: (typeRef ? 0 : 1) + child.depth,
      aliases: aliases + child.aliases,
      cost: 1 + multiplier * child.cost,
      typeRefRun,
      typeRefLongest: Math.max(typeRefRun, child.typeRefLongest),
    };
  };

  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const m = measureSet(operation.selectionSet, rootType ?? undefined);
  let directives = 0;
  const countDirectives = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) countDirectives(n);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.kind === Kind.DIRECTIVE) directives++;
    for (const key of ['definitions', 'selectionSet', 'selections', 'directives', 'variableDefinitions'])
      countDirectives(n[key]);
  };
  countDirectives(document);
  // A type reference chain longer than the standard introspection query's counts its excess as depth.
  const depth = m.depth + Math.max(0, m.typeRefLongest - INTROSPECTION_TYPE_REF_DEPTH);
  return { depth, aliases: m.aliases, cost: m.cost, directives };
}

/** Throws the first limit this measure exceeds. */
export function enforceLimits(m: OperationMeasure, limits: OperationLimits = DEFAULT_LIMITS): void {
  if (m.depth > limits.maxDepth) {
    throw new OperationLimitError('QUERY_TOO_DEEP', `The operation is nested deeper than ${limits.maxDepth} levels.`);
  }
  if (m.aliases > limits.maxAliases) {
    throw new OperationLimitError('TOO_MANY_ALIASES', `The operation uses more than ${limits.maxAliases} aliases.`);
  }
  if (m.directives > limits.maxDirectives) {
    throw new OperationLimitError(
      'TOO_MANY_DIRECTIVES',
      `The operation uses more than ${limits.maxDirectives} directives.`,
    );
  }
  if (m.cost > limits.maxCost) {
    throw new OperationLimitError(
      'QUERY_TOO_COMPLEX',
      `The operation would cost more than ${limits.maxCost} points (each field 1, lists times their page size); ask for smaller pages or fewer fields.`,
    );
  }
}

/** Measures kept per operation: past this many page-size combinations, one is measured on each request. */
const MEASURES_KEPT_PER_OPERATION = 32;

/**
 * measureOperation's answers kept per parsed operation of one schema. Apollo hands every request
 * of the same text the same parsed document, and an operation's measure depends on nothing else
 * but the page sizes its `first` variables give: walking the document again on every request was
 * 1.5 % of the server's CPU on a dashboard of 10 rows. Held weakly: an operation Apollo's document
 * cache lets go of is dropped here too.
 */
export class OperationMeasures {
  private readonly known = new WeakMap<
    OperationDefinitionNode,
    { pageVariables: string[]; byPageSizes: Map<string, OperationMeasure> }
  >();

  constructor(readonly schema: GraphQLSchema) {}

  measure(document: DocumentNode, operation: OperationDefinitionNode, sent: Record<string, unknown>) {
    const variables = withDefaults(operation, sent);
    let entry = this.known.get(operation);
    if (!entry) {
      entry = { pageVariables: pageVariables(document), byPageSizes: new Map() };
      this.known.set(operation, entry);
    }
    const key = entry.pageVariables.map((name) => countedPageSize(variables[name])).join(',');
    let m = entry.byPageSizes.get(key);
    if (!m) {
      m = measureOperation(this.schema, document, operation, variables);
      if (entry.byPageSizes.size < MEASURES_KEPT_PER_OPERATION) entry.byPageSizes.set(key, m);
    }
    return m;
  }
}

/** The variables a `first` argument anywhere in the document reads (the only ones a measure depends on). */
function pageVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(arg) {
      if (arg.name.value !== 'first') return;
      visit(arg.value, {
        Variable(v) {
          names.add(v.name.value);
        },
      });
    },
  });
  return [...names].sort();
}

/** Refuses an operation over the limits before execution, with a 400 and a QUERY_* code. */
export function operationLimitsPlugin<TContext extends object>(
  limits: OperationLimits = DEFAULT_LIMITS,
): ApolloServerPlugin<TContext> {
  let measures: OperationMeasures | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (measures?.schema !== schema) measures = new OperationMeasures(schema);
          enforceLimits(
            measures.measure(document, operation, (request.variables ?? {}) as Record<string, unknown>),
            limits,
          );
        },
      };
    },
  };
}
