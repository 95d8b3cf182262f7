import { BadUserInputError } from '../errors';

/**
 * The one id policy (docs/api.md, "Ids"): an ID argument or input field that cannot be a database id
 * (not a positive safe integer) is BAD_USER_INPUT naming that field, so a form can point at it; a
 * well-formed id that names nothing, or nothing the caller may see, is the caller's NOT_FOUND.
 * The message quotes at most 20 characters of it: an ID argument can be arbitrarily long.
 */
export function parseIdArg(id: string | number, field: string): number {
  const n = typeof id === 'number' ? id : /^[0-9]{1,16}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new BadUserInputError(`${field}: "${String(id).slice(0, 20)}" is not a valid id.`, field);
  return n;
}
