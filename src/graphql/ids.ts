import { BadUserInputError, NotFoundError } from '../errors';

/**
 * An ID argument as a database id; anything that cannot be one is NOT_FOUND (it names no record).
 * The message quotes at most 20 characters of it: an ID argument can be arbitrarily long.
 */
export function parseId(id: string | number, what: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new NotFoundError(what, String(id).slice(0, 20));
  return n;
}

/**
 * An ID argument that is part of the caller's input (a filter, an owner, a staff member): anything
 * that cannot be an id is BAD_USER_INPUT on that field, so a form can point at it.
 */
export function parseIdArg(id: string | number, field: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new BadUserInputError(`${field}: "${String(id).slice(0, 20)}" is not a valid id.`, field);
  return n;
}
