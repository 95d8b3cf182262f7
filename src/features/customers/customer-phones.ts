import { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../errors';
import { CustomerPhone } from './customer-phone.entity';

/**
 * The one place that knows phones: how one is normalized and which customer holds it (first
 * contact covers every phone the company holds for a customer, the main contact's and every
 * contact person's).
 */

/**
 * Digits only, after NFKC (so full-width "１３８" and other compatibility digits count as the
 * digits they show): "+86 138-0000-0001" and "13800000001" differ only by the country code, kept as
 * given. Returns null when a digit of another script is left, which would otherwise be dropped
 * and let a different spelling of one number pass as another.
 */
export function normalizePhone(phone: string): string | null {
  const folded = phone.normalize('NFKC');
  if (/[^\P{Nd}0-9]/u.test(folded)) return null;
  return folded.replace(/[^0-9]+/g, '');
}

/** A phone as stored, or BAD_USER_INPUT on `field` when it has not 5 to 20 digits. */
export function parsePhone(phone: string, field: string): string {
  const digits = normalizePhone(phone);
  if (digits === null) throw new BadUserInputError('A phone number is written with the digits 0-9.', field);
  if (digits.length < 5 || digits.length > 20)
    throw new BadUserInputError('A phone number must have 5 to 20 digits.', field);
  return digits;
}

/** The customer holding `phone` (normalized), or null. */
export async function phoneHolder(m: EntityManager, phone: string): Promise<number | null> {
  const row = await m.findOne(CustomerPhone, { where: { phone } });
  return row ? row.customerId : null;
}

/**
 * Records that `customerId` holds `phone`. A phone the customer already holds is kept as it is;
 * one held by another customer (or claimed at the same instant) fails on the primary key, which
 * the caller reports as CUSTOMER_ALREADY_OWNED.
 */
export async function claimPhone(m: EntityManager, customerId: number, phone: string): Promise<void> {
  if ((await phoneHolder(m, phone)) === customerId) return;
  await m.insert(CustomerPhone, { phone, customerId });
}
