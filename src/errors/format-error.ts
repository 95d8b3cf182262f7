import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { EXPOSED_CODES } from './index';

/** Logs an unexpected error with the request id; supplied by the server. */
export type UnexpectedErrorLogger = (error: unknown, formatted: GraphQLFormattedError) => void;

/**
 * The one place that decides what a client sees of an error: our own codes pass through with
 * their message and extensions (no stack); parse/validation errors from graphql-js keep their
 * message; everything else becomes "Internal server error" and is logged.
 */
export function makeFormatError(log: UnexpectedErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // A scalar that refuses a literal (e.g. Money "10.005") surfaces as a validation error
    // wrapping our BadUserInputError: the client should see the domain code.
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof GraphQLError && EXPOSED_CODES.has(String(original.extensions?.code))) {
      extensions.code = original.extensions.code;
      Object.assign(extensions, original.extensions);
    }
    // class-validator failures from type-graphql: name the first offending field, drop the rest.
    const validation = extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }> | undefined;
    if (Array.isArray(validation) && validation.length) {
      const first = validation[0];
      delete extensions.validationErrors;
      extensions.code = 'BAD_USER_INPUT';
      const reason = Object.values(first.constraints ?? {})[0];
      return { ...formatted, message: reason ? `Invalid ${first.property}: ${reason}.` : formatted.message, extensions: { ...extensions, field: first.property } };
    }
    const code = extensions.code;
    if (typeof code === 'string' && EXPOSED_CODES.has(code)) {
      return { ...formatted, extensions };
    }
    // Errors raised by Apollo/graphql-js before execution (syntax, validation, bad variables).
    if (
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'BAD_REQUEST' ||
      code === 'PERSISTED_QUERY_NOT_FOUND' ||
      code === 'PERSISTED_QUERY_NOT_SUPPORTED' ||
      code === 'OPERATION_RESOLUTION_FAILURE'
    ) {
      return { ...formatted, extensions };
    }
    log(unwrapResolverError(error), formatted);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
