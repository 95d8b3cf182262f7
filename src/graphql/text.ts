import { BadUserInputError } from '../errors';

/**
 * Text arguments, trimmed. A required one that is empty, or any longer than `max`, is
 * BAD_USER_INPUT on `field`; `label` names it in the message (the field name by default).
 */
export function requiredText(value: string | null | undefined, field: string, max: number, label = field): string {
  const text = optionalText(value, field, max, label);
  if (text === null) throw new BadUserInputError(`${label} is required.`, field);
  return text;
}

/** An optional text argument: empty (or absent) is null. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  label = field,
): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new BadUserInputError(`${label} may be at most ${max} characters.`, field);
  return text || null;
}
