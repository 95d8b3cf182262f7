/**
 * The errors a client of this API can see, as `extensions.code` of a GraphQL error. A test keeps
 * this list equal to what the server lets through (src/errors: the domain codes, the transport and
 * abuse refusals, graphql-js's and Apollo's pre-execution codes, and the masked fault).
 */
export const ERROR_CODES = [
  // Who you are and what you may do.
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // Your input, and the state of what you act on.
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  // The department's rules.
  'CUSTOMER_ALREADY_OWNED',
  'SELF_APPROVAL',
  'PICKUP_CONDITIONS_NOT_MET',
  'AMOUNT_MISMATCH',
  'RATE_NOT_APPROVED',
  // Abuse limits and transport, refused before anything runs (HTTP 400/413).
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COMPLEX',
  'OPERATION_NOT_TRUSTED',
  'PAYLOAD_TOO_LARGE',
  // The database cannot be reached: retry shortly (HTTP 503).
  'SERVICE_UNAVAILABLE',
  // The document itself (graphql-js, Apollo): a client bug, or a persisted hash the server does not know yet.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A fault of the server, masked ("Internal server error"); the request id is in the X-Request-Id header.
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `extensions` of every error: the code, and for bad input the argument or input field at fault. */
export interface ErrorExtensions {
  code: ErrorCode;
  /** BAD_USER_INPUT: the argument or input field at fault, when it is known (e.g. "month", "amount"). */
  field?: string;
}

/** CUSTOMER_ALREADY_OWNED: who registered the customer first, and when (never their contacts). */
export interface CustomerAlreadyOwnedExtensions extends ErrorExtensions {
  code: 'CUSTOMER_ALREADY_OWNED';
  ownerName: string;
  /** ISO date-time of the first contact that won ownership. */
  firstContactAt: string;
}

/** PICKUP_CONDITIONS_NOT_MET: which condition the customer fails. */
export interface PickupConditionsNotMetExtensions extends ErrorExtensions {
  code: 'PICKUP_CONDITIONS_NOT_MET';
  reason: string;
}

/** AMOUNT_MISMATCH: the amount the invoice must have (the confirmed statement's total, a Money string). */
export interface AmountMismatchExtensions extends ErrorExtensions {
  code: 'AMOUNT_MISMATCH';
  expected: string;
}

/** A GraphQL error as this API sends it. */
export interface ApiError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions: ErrorExtensions | CustomerAlreadyOwnedExtensions | PickupConditionsNotMetExtensions | AmountMismatchExtensions;
}

/** The code of an error as a client library hands it over (urql, Apollo Client, graphql-request, plain JSON). */
export function errorCode(error: { extensions?: Record<string, unknown> | null } | null | undefined): ErrorCode | undefined {
  const code = error?.extensions?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : undefined;
}
