import { GraphQLError } from 'graphql';

/**
 * The closed set of errors a client can see. Each carries a literal `extensions.code`
 * from API.md; anything else is masked by formatError.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CUSTOMER_ALREADY_OWNED'
  | 'SELF_APPROVAL'
  | 'PICKUP_CONDITIONS_NOT_MET'
  | 'AMOUNT_MISMATCH';

export const EXPOSED_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'CUSTOMER_ALREADY_OWNED',
  'SELF_APPROVAL',
  'PICKUP_CONDITIONS_NOT_MET',
  'AMOUNT_MISMATCH',
]);

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
