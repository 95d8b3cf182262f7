import fs from 'node:fs';
import path from 'node:path';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, visit } from 'graphql';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';

/** One operation of schema/operations, as the persisted documents manifest holds it. */
export interface ClientOperation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The operation with the fragments it uses, normalized exactly as codegen writes it into the manifest. */
  text: string;
  /** `text`, parsed. */
  document: DocumentNode;
}

/**
 * The client operations (schema/operations/*.graphql), read by the server from their source: the
 * side doors (CSV downloads, the printable statement) run them and GraphiQL offers them as saved
 * tabs. Each text is normalized as GraphQL Code Generator normalizes persisted documents (sorted
 * and whitespace-reduced by @graphql-tools/documents, the fragments it spreads included), so it is
 * byte for byte the manifest entry a server with TRUSTED_DOCUMENTS accepts (a test checks it). The
 * server never imports client/generated: that is the client package's build output.
 */
export class ClientOperations {
  private constructor(private readonly byName: ReadonlyMap<string, ClientOperation>) {}

  /** Reads every .graphql file of `dir` (default: the repository's schema/operations). */
  static load(dir: string = operationsDir()): ClientOperations {
    const definitions = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')).definitions);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const byName = new Map<string, ClientOperation>();
    for (const d of definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
      const used = usedFragments(d, fragments);
      const text = printExecutableGraphQLDocument({ kind: Kind.DOCUMENT, definitions: [d, ...used] });
      byName.set(d.name.value, { name: d.name.value, kind: d.operation, text, document: parse(text) });
    }
    return new ClientOperations(byName);
  }

  /** The named operation; a name that is not in schema/operations is a fault of ours (thrown at start). */
  get(name: string): ClientOperation {
    const op = this.byName.get(name);
    if (!op) throw new Error(`No operation ${name} in schema/operations`);
    return op;
  }

  all(): ClientOperation[] {
    return [...this.byName.values()];
  }
}

/** The fragments an operation spreads, transitively, each once. */
function usedFragments(
  op: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`schema/operations: fragment ${name} is used but not defined`);
        if (found.has(name)) return;
        found.set(name, fragment);
        walk(fragment);
      },
    });
  walk(op);
  return [...found.values()];
}

/** schema/operations of the repository, from src/http (ts-node) or dist/src/http (built). */
function operationsDir(): string {
  for (const up of ['../..', '../../..']) {
    const dir = path.resolve(__dirname, up, 'schema/operations');
    if (fs.existsSync(dir)) return dir;
  }
  throw new Error('schema/operations not found beside the server');
}

let loaded: ClientOperations | undefined;

/** The repository's client operations, read once per process. */
export function clientOperations(): ClientOperations {
  return (loaded ??= ClientOperations.load());
}
