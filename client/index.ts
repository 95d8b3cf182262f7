/**
 * The typed client module for our frontend and mobile teams: every operation of
 * schema/operations/*.graphql as a typed document (client/generated, made by `npm run codegen`),
 * the hash a persisted-documents client sends for it, and the error codes the API answers with.
 * Built as an installable package (client/package.json: `npm run build` in client/).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export * from './generated/graphql';
export { graphql } from './generated/gql';
export * from './errors';

/**
 * The sha256 (hex) under which `document` is in client/generated/persisted-documents.json: what a
 * client sends as extensions.persistedQuery.sha256Hash to a server with TRUSTED_DOCUMENTS.
 * Throws for a document that is not one of the generated ones (use knownPersistedHash to ask).
 */
export function persistedHash(document: TypedDocumentNode<any, any>): string {
  const hash = knownPersistedHash(document);
  if (!hash) throw new Error('Not a generated persisted document: run npm run codegen');
  return hash;
}

/** Like persistedHash, but undefined for a document that is not in the manifest. */
export function knownPersistedHash(document: unknown): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/**
 * The hash to send for an operation: the manifest's for a generated document; for any other, the
 * sha256 of its text, which a trusted server does not know, so the client gets the server's
 * refusal (OPERATION_NOT_TRUSTED, or PERSISTED_QUERY_NOT_FOUND) as an error result instead of an
 * exception. Fits urql's persistedExchange `generateHash` and Apollo Client's `generateHash`.
 */
export async function persistedQueryHash(query: string, document?: unknown): Promise<string> {
  const known = knownPersistedHash(document);
  if (known) return known;
  const subtle = (globalThis as { crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) throw new Error('persistedQueryHash needs Web Crypto (crypto.subtle): a browser, React Native with a polyfill, or Node 20+');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(query));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
