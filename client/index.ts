/**
 * The typed client module for our frontend and mobile teams: every operation of
 * schema/operations/*.graphql as a typed document (client/generated, made by `npm run codegen`),
 * and the hash a persisted-documents client sends for it.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export * from './generated/graphql';
export { graphql } from './generated/gql';

/**
 * The sha256 (hex) under which `document` is in client/generated/persisted-documents.json: what a
 * client sends as extensions.persistedQuery.sha256Hash to a server with TRUSTED_DOCUMENTS.
 */
export function persistedHash(document: TypedDocumentNode<any, any>): string {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('Not a generated persisted document: run npm run codegen');
  return hash.replace(/^sha256:/, '');
}
