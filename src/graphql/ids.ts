import { NotFoundError } from '../errors';

/**
 * An ID argument as a database id; anything that cannot be one is NOT_FOUND (it names no record).
 * The message quotes at most 20 characters of it: an ID argument can be arbitrarily long.
 */
export function parseId(id: string | number, what: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new NotFoundError(what, String(id).slice(0, 20));
  return n;
}
