/**
 * A value the code knows is there (a key looked up in a map it built from the same rows, a column the row's kind
 * guarantees): a missing one is a bug, so this throws an Error naming what was missing instead of carrying on with
 * undefined. Not for what a client can cause: that is a domain error (NotFoundError, BadUserInputError, ...).
 */
export function must<T>(value: T | null | undefined, what: string): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(`Missing ${what}.`);
  return value as NonNullable<T>;
}
