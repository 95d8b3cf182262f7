import { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../errors';
import { CustomerPhone } from './customer-phone.entity';
import { normalizePhone } from './customer-identity';

/**
 * The one place that decides which phone a customer holds (first contact covers every phone the
 * company holds for a customer, the main contact's and every contact person's), on top of
 * normalizePhone beside the other identity keys.
 */

/** A phone as stored, or BAD_USER_INPUT on `field` when it has not 5 to 20 digits. */
export function parsePhone(phone: string, field: string): string {
  const digits = normalizePhone(phone);
  if (digits.length < 5 || digits.length > 20) throw new BadUserInputError('A phone number must have 5 to 20 digits.', field);
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
