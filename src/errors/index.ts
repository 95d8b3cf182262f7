import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes a client can see from us, listed once: `ErrorCode` is derived from
 * it, formatError lets exactly these (and graphql-js's and Apollo's own pre-execution codes)
 * through, docs/api.md tables them and the client package's ERROR_CODES is checked against them
 * (test/ops/client-package.test.ts). Every error class is in this file.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'CUSTOMER_ALREADY_OWNED',
  'SELF_APPROVAL',
  'PICKUP_CONDITIONS_NOT_MET',
  'AMOUNT_MISMATCH',
  'RATE_NOT_APPROVED',
  // Refusals of the transport and abuse limits (src/http): a 4xx before any resolver runs.
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COMPLEX',
  'OPERATION_NOT_TRUSTED',
  'PAYLOAD_TOO_LARGE',
  // The database cannot be reached: try again shortly.
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const EXPOSED_CODES: ReadonlySet<string> = new Set<string>(ERROR_CODES);

abstract class DomainError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You must be signed in to do this.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super(message, 'FORBIDDEN');
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field ? { field } : {});
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string | number) {
    super(id === undefined ? `${what} not found.` : `${what} ${id} not found.`, 'NOT_FOUND');
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

export class CustomerAlreadyOwnedError extends DomainError {
  constructor(ownerName: string, firstContactAt: Date) {
    super(
      `This customer is already registered by ${ownerName} (first contact ${firstContactAt.toISOString()}).`,
      'CUSTOMER_ALREADY_OWNED',
      { ownerName, firstContactAt: firstContactAt.toISOString() },
    );
  }
}

export class SelfApprovalError extends DomainError {
  constructor() {
    super('Nobody may decide a request they filed themselves.', 'SELF_APPROVAL');
  }
}

export class PickupConditionsNotMetError extends DomainError {
  constructor(reason: string) {
    super(`The customer does not meet the pickup conditions: ${reason}`, 'PICKUP_CONDITIONS_NOT_MET', { reason });
  }
}

export class AmountMismatchError extends DomainError {
  constructor(expected: string, got: string) {
    super(`The invoice amount ${got} must equal the confirmed statement total ${expected}.`, 'AMOUNT_MISMATCH', {
      expected,
    });
  }
}

/**
 * A consignment for a customer that had no approved freight rate on its shipped day: nothing ships before a rate is
 * approved.
 */
export class RateNotApprovedError extends DomainError {
  constructor(customerName: string, shippedOn: string) {
    super(
      `${customerName} has no approved freight rate in force on ${shippedOn}: file a rate change request (requestRateChange) and have a leader approve it before recording its consignments.`,
      'RATE_NOT_APPROVED',
      { field: 'shippedOn' },
    );
  }
}

/** The database is unreachable (an outage, a restart): the request failed fast and may be retried. */
export class ServiceUnavailableError extends DomainError {
  constructor() {
    super('The service is temporarily unavailable; try again shortly.', 'SERVICE_UNAVAILABLE', {}, 503);
  }
}

/** The operation limits of src/http/limits.ts (and the parser's token limit), refused before execution. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COMPLEX';

export class OperationLimitError extends DomainError {
  constructor(code: LimitCode | 'QUERY_TOO_LARGE', message: string) {
    super(message, code, {}, 400);
  }
}

/** With TRUSTED_DOCUMENTS, an operation that is not in the manifest. */
export class OperationNotTrustedError extends DomainError {
  constructor() {
    super(
      'This server runs only the operations of its trusted documents manifest; send a persisted document hash.',
      'OPERATION_NOT_TRUSTED',
      {},
      400,
    );
  }
}

/** Introspection by a caller it is not open to (src/http/introspection.ts). */
export class IntrospectionRefusedError extends DomainError {
  constructor(signedIn: boolean, roles: readonly string[]) {
    const who = roles.length ? `signed-in staff with the role ${roles.join(', ')}` : 'nobody on this server';
    super(
      `Introspection (__schema, __type) is open only to ${who}.`,
      signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      {},
      signedIn ? 403 : 401,
    );
  }
}

/** A text argument or input field over its maximum length (src/graphql/text-limits.ts), refused before execution. */
export class TextTooLongError extends DomainError {
  constructor(field: string, limit: number) {
    super(`${field} may be at most ${limit} characters.`, 'BAD_USER_INPUT', { field }, 400);
  }
}

/** Errors of the database driver that mean "cannot reach the database", not "the query is wrong". */
const CONNECTIVITY_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  // Galera: the node is not in the primary component (lost its quorum, still joining).
  'ER_UNKNOWN_COM_ERROR',
  'POOL_CLOSED',
]);

export function isConnectivityError(error: unknown): boolean {
  // Follows what wraps the driver's error: TypeORM's driverError, an Error's cause, and the
  // originalError of a GraphQL error (graphql-js and graphql-jit each wrap a resolver's error).
  type Wrapped = { code?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown; message?: unknown };
  for (let e = error as Wrapped | undefined, i = 0; e && i < 6; i++) {
    if (typeof e.code === 'string' && CONNECTIVITY_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && CONNECTIVITY_MESSAGE.test(e.message)) return true;
    e = (e.driverError ?? e.cause ?? e.originalError) as Wrapped | undefined;
  }
  return false;
}

/** What a lost connection says when its code did not survive a wrapper (a message is all that is left). */
const CONNECTIVITY_MESSAGE =
  /Pool is closed|connect ETIMEDOUT|Connection lost|closed state|read ECONNRESET|write EPIPE|ECONNREFUSED/i;

export { must } from './must';
