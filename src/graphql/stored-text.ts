import {
  GraphQLResolveInfo,
  GraphQLInputType,
  GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { BadUserInputError } from '../errors';

/**
 * Characters no stored text may hold, in any string a mutation receives (arguments and input
 * fields at any depth, checked once here against the schema rather than in each resolver):
 * C0 and C1 control characters (NUL...), DEL, the bidi controls that reorder what a reader sees
 * (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069), and unpaired surrogates (not text at all).
 * Tab, CR, LF and the Unicode line/paragraph separators are allowed only in free text (below).
 */
const NEVER =
  // eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/;

/**
 * Free-text fields, by how their name ends (`description`, `rejectReason`, `retentionActions`...):
 * they may hold tabs and line breaks. Every other string (names, phones, codes, emails, ids) is one line.
 */
const MULTILINE_SUFFIXES = [
  'description',
  'details',
  'note',
  'notes',
  'reason',
  'reasons',
  'summary',
  'resolution',
  'actions',
  'comment',
  'comments',
  'goods',
  'items',
  'purpose',
  'address',
  'message',
];

export function isMultilineField(name: string): boolean {
  const lower = name.toLowerCase();
  return MULTILINE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** BAD_USER_INPUT on `field` when `text` holds a character stored text may not hold. */
export function assertStorableText(text: string, field: string): void {
  if (NEVER.test(text)) {
    throw new BadUserInputError(
      `${field} contains a control or text-direction character; remove it and try again.`,
      field,
    );
  }
  if (!isMultilineField(field) && LINE_BREAKS_AND_TABS.test(text)) {
    throw new BadUserInputError(`${field} must be a single line (no tabs or line breaks).`, field);
  }
}

function checkValue(value: unknown, type: GraphQLInputType, field: string): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) for (const item of value) checkValue(item, t.ofType, field);
    return;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [name, f] of Object.entries(fields)) checkValue((value as Record<string, unknown>)[name], f.type, name);
    return;
  }
  // Any scalar that arrives as a string (String, ID, dates, Money given as text) is checked.
  if (typeof value === 'string') assertStorableText(value, field);
}

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

function checkMutationArguments(
  resolve: Resolve,
  parent: unknown,
  args: Record<string, unknown>,
  ctx: unknown,
  info: GraphQLResolveInfo,
): unknown {
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field.args) checkValue(args[arg.name], arg.type, arg.name);
  return resolve(parent, args, ctx, info);
}

/** Every mutation field refuses control and bidi characters in its string inputs before its resolver runs. */
export function guardStoredText(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(schema, { Mutation: checkMutationArguments as never });
}
