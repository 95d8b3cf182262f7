import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ApolloServerPlugin } from '@apollo/server';
import { isIntrospectionOnly } from './introspection';
import { OperationNotTrustedError } from '../errors';

/**
 * Persisted documents.
 *
 * - Always: Apollo's automatic persisted queries (APQ). A client sends
 *   `extensions.persistedQuery.sha256Hash`; an unknown hash answers PERSISTED_QUERY_NOT_FOUND and
 *   the client sends the document once with its hash, which is then remembered (per instance).
 * - With TRUSTED_DOCUMENTS=path/to/manifest.json: only the documents of that manifest run, by hash
 *   or by their exact text; any other operation is refused with OPERATION_NOT_TRUSTED, and nothing
 *   is ever registered at run time. A document that only reads the schema (introspection) is not
 *   a client operation and is not in the manifest: introspectionAccessPlugin decides who may run it.
 *
 * The manifest is either Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "body", ... }] }`)
 * or GraphQL Code Generator's persisted documents (`{ "sha256:<hex>": "<document>" }`, as in
 * client/generated/persisted-documents.json; the `sha256:` prefix is optional). Every id must be
 * the sha256 of its body; a manifest that says otherwise is refused at start.
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static sha256(body: string): string {
    return createHash('sha256').update(body).digest('hex');
  }

  static fromManifest(json: unknown): TrustedDocuments {
    const entries: Array<[string, string]> = [];
    const m = json as { format?: string; operations?: Array<{ id?: string; body?: string }> };
    if (m && m.format === 'apollo-persisted-query-manifest' && Array.isArray(m.operations)) {
      for (const op of m.operations) entries.push([String(op.id), String(op.body)]);
    } else if (json && typeof json === 'object' && !Array.isArray(json)) {
      for (const [id, body] of Object.entries(json as Record<string, unknown>)) {
        if (typeof body !== 'string') throw new Error(`Trusted documents manifest: entry ${id} is not a document`);
        // Code Generator writes "sha256:<hex>" keys; the hash a client sends is the bare hex.
        entries.push([id.replace(/^sha256:/, ''), body]);
      }
    } else {
      throw new Error(
        'Trusted documents manifest: expected an Apollo persisted query manifest or a { hash: document } map',
      );
    }
    for (const [id, body] of entries) {
      if (TrustedDocuments.sha256(body) !== id)
        throw new Error(`Trusted documents manifest: ${id} is not the sha256 of its document`);
    }
    return new TrustedDocuments(new Map(entries));
  }

  static load(path: string): TrustedDocuments {
    return TrustedDocuments.fromManifest(JSON.parse(fs.readFileSync(path, 'utf8')));
  }

  get size(): number {
    return this.byHash.size;
  }

  has(hash: string | undefined): boolean {
    return !!hash && this.byHash.has(hash);
  }

  /** A read-only APQ cache: hashes resolve to the manifest's documents; registrations are ignored. */
  cache() {
    const byHash = this.byHash;
    const strip = (key: string) => key.replace(/^apq:/, '');
    return {
      async get(key: string): Promise<string | undefined> {
        return byHash.get(strip(key));
      },
      async set(): Promise<void> {
        /* trusted documents are fixed at start */
      },
      async delete(): Promise<boolean> {
        return false;
      },
    };
  }
}

/** Refuses, before execution, any operation whose document is not in the manifest. */
export function trustedDocumentsPlugin<TContext extends object>(
  trusted: TrustedDocuments,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, document }) {
          // Reading the schema is not a client operation: introspectionAccessPlugin decides who may.
          if (!trusted.has(queryHash) && !isIntrospectionOnly(document)) throw new OperationNotTrustedError();
        },
      };
    },
  };
}
