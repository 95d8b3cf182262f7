import argon2 from 'argon2';
import { BadUserInputError } from '../errors';

/** argon2id with its library defaults (19 MiB, 2 passes); a password this long is refused before hashing. */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-account-${Math.random()}`);
  return dummyHash;
}

/** The strength rule for new passwords. */
export function assertStrongPassword(password: string, field = 'password'): void {
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(`A password may be at most ${MAX_PASSWORD_LENGTH} characters.`, field);
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`, field);
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new BadUserInputError('A password needs at least one letter and one digit.', field);
  }
}
