import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { EXPOSED_CODES, isConnectivityError } from './index';

/** Codes graphql-js and Apollo give their own refusals before execution; they pass unchanged. */
export const PRE_EXECUTION_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo's own request errors without a code (e.g. "provided sha does not match query") carry only a 4xx status. */
function isApolloRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions?.code) return false;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** True when formatError shows this error as it is; false when it masks (and the server logs) it. */
export function isExpectedError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = String(error.extensions?.code ?? '');
  if (EXPOSED_CODES.has(code) || PRE_EXECUTION_CODES.has(code) || isApolloRequestError(error)) return true;
  if (Array.isArray(error.extensions?.validationErrors)) return true;
  const original = error.originalError;
  return original instanceof GraphQLError && EXPOSED_CODES.has(String(original.extensions?.code));
}

/**
 * The one place that decides what a client sees of an error: our own codes pass through with
 * their message and extensions (no stack); parse/validation errors from graphql-js keep their
 * message; everything else becomes "Internal server error". (Masked errors are logged, with the
 * request id, by the server's request log plugin: see isExpectedError.)
 */
export function makeFormatError(options: { hideSuggestions?: boolean } = {}) {
  if (!options.hideSuggestions) return formatError;
  // Production: graphql-js suggests names ("Did you mean ...?") also in variable coercion errors,
  // which Apollo's hideSchemaDetailsFromClientErrors does not reach.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatError(formatted, error);
    return /Did you mean/.test(out.message)
      ? { ...out, message: out.message.replace(/\s*Did you mean[^?]*\?/g, '') }
      : out;
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  // A scalar that refuses a literal (e.g. Money "10.005") surfaces as a validation error
  // wrapping our BadUserInputError: the client should see the domain code.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && EXPOSED_CODES.has(String(original.extensions?.code))) {
    extensions.code = original.extensions.code;
    Object.assign(extensions, original.extensions);
  }
  // class-validator failures from type-graphql: name the first offending field, drop the rest.
  const validation = extensions.validationErrors as
    Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }> | undefined;
  if (Array.isArray(validation) && validation.length) {
    const first = validation[0];
    delete extensions.validationErrors;
    extensions.code = 'BAD_USER_INPUT';
    const reason = Object.values(first.constraints ?? {})[0];
    return {
      ...formatted,
      message: reason ? `Invalid ${first.property}: ${reason}.` : formatted.message,
      extensions: { ...extensions, field: first.property },
    };
  }
  // The parser's token limit (src/http/limits.ts MAX_TOKENS) says so only in its message.
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /tokens\. Parsing aborted/.test(formatted.message)) {
    return {
      message: 'The operation is too large (too many tokens).',
      locations: formatted.locations,
      extensions: { code: 'QUERY_TOO_LARGE' },
    };
  }
  const code = extensions.code;
  if (typeof code === 'string' && EXPOSED_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  // Errors raised by Apollo/graphql-js before execution (syntax, validation, bad variables).
  if (typeof code === 'string' && PRE_EXECUTION_CODES.has(code)) {
    return { ...formatted, extensions };
  }
  if (isApolloRequestError(error)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
  }
  if (isConnectivityError(unwrapResolverError(error))) {
    return {
      message: 'The service is temporarily unavailable; try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
