import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors';

/**
 * Money is exact: an integer number of fen (1 yuan = 100 fen) inside the server and the database,
 * a decimal string with exactly two places ("1280.50") on the wire. Inputs are refused, never
 * rounded, when they carry more than two decimals or are not a plain decimal.
 */
export type Fen = number;

/** Largest amount the API accepts: 10^13 yuan keeps every sum of fen a safe integer. */
const MAX_INPUT_FEN = 1e15;
const DECIMAL = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

export function parseMoney(value: unknown): Fen {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BadUserInputError('Money must be a finite amount.');
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw new BadUserInputError('Money must be a decimal string such as "1280.50" or a number.');
  }
  if (text.startsWith('-')) throw new BadUserInputError(`Money may not be negative (got "${text}").`);
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new BadUserInputError(
      `Money must be a plain decimal with at most two decimals, such as "1280.50" (got "${text.slice(0, 40)}").`,
    );
  }
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_INPUT_FEN) throw new BadUserInputError('Money amount is too large.');
  return fen;
}

export function formatMoney(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Money value is not an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description:
    'An exact amount in yuan with exactly two decimals, as a string ("1280.50"). As input it takes a string or a number with at most two decimals; more decimals, exponents, spaces or negative amounts are refused, never rounded.',
  serialize: (value) => formatMoney(value as Fen),
  parseValue: parseMoney,
  parseLiteral(ast) {
    // Number literals are read from their source text, so 10.005 or 1e3 are refused exactly.
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return parseMoney(ast.value);
    throw new BadUserInputError('Money must be a decimal string such as "1280.50".');
  },
});

/** A database sum or money value as integer fen (none = 0); anything but a safe integer is a fault, never rounded. */
export function sumToFen(value: string | number | null | undefined): Fen {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`A money sum is not an integer number of fen: ${value}`);
  return n;
}

/**
 * a / b rounded half up, for non-negative bigints, exact at any size: where the rules compute
 * money (freight = grams x rate / 1 000 000, storage = area x rate x days / 100).
 */
export function roundHalfUpBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b) * 2n >= b ? q + 1n : q;
}
