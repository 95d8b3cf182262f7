import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors';

/** A calendar date in the company's time zone, "2026-11-27". Kept as that string everywhere. */
export type LocalDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(value: unknown): LocalDate {
  if (typeof value !== 'string' || !PATTERN.test(value)) {
    throw new BadUserInputError(`A date must look like "2026-11-27" (got ${JSON.stringify(value)?.slice(0, 40)}).`);
  }
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2999) {
    throw new BadUserInputError(`"${value}" is not a real calendar date.`);
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date in the company\'s time zone (Asia/Shanghai by default), written "2026-11-27".',
  serialize: (value) => value as string,
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parseLocalDate(ast.value);
    throw new BadUserInputError('A date must be a string such as "2026-11-27".');
  },
});
