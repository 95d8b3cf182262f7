import { NotFoundError } from '../errors';

/** An ID argument as a database id; anything that cannot be one is NOT_FOUND (it names no record). */
export function parseId(id: string | number, what: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new NotFoundError(what, String(id));
  return n;
}
