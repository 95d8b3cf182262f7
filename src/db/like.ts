import { BadUserInputError } from '../errors';

/**
 * A LIKE pattern matching `text` anywhere, with LIKE's wildcards (`%`, `_`) and the escape
 * character taken literally: use it as `column LIKE :p ESCAPE '!'`. Control characters are
 * refused (BAD_USER_INPUT): SQLite's LIKE stops reading a pattern at a NUL, which would turn
 * "x\0y" into a pattern matching everything.
 */
export function containsPattern(text: string, field: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new BadUserInputError('A search may not contain control characters.', field);
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
