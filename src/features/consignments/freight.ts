import { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../errors';
import { Fen, roundHalfUpBig } from '../../graphql/money';
import { CustomerRate } from './customer-rate.entity';
import { Customer } from '../customers';
import { Consignment } from './consignment.entity';

/** Freight in fen: weight (grams) x rate (fen per tonne) / 1 000 000, rounded half-up to the fen. */
export function freightFen(weightGrams: number, rateFenPerTonne: Fen): Fen {
  return Number(roundHalfUpBig(BigInt(weightGrams) * BigInt(rateFenPerTonne), 1_000_000n));
}

/** "12.345" kg -> 12345 grams, exactly; more than three decimals or a non-positive weight is refused. */
export function parseWeightKg(kg: number): number {
  const text = String(kg);
  const match = /^(\d{1,9})(?:\.(\d{1,3}))?$/.exec(text);
  if (!match)
    throw new BadUserInputError('The weight must be a positive number of kg with at most three decimals.', 'weightKg');
  const grams = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  if (grams <= 0) throw new BadUserInputError('The weight must be more than zero.', 'weightKg');
  return grams;
}

export function formatWeightKg(grams: number): number {
  return grams / 1000;
}

/**
 * The customer's approved freight rate in force on `date` (see CustomerRate), or null when none was
 * approved by then: a customer has no rate until a leader approves one.
 */
export async function rateInForce(m: EntityManager, customer: Customer, date: string): Promise<Fen | null> {
  const row = await m
    .getRepository(CustomerRate)
    .createQueryBuilder('r')
    .where('r.customerId = :id AND r.effectiveFrom <= :date', { id: customer.id, date })
    .orderBy('r.effectiveFrom', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .getOne();
  if (row) return row.rate;
  // A customer with rate history but none by `date` had no rate yet then. One without any history
  // keeps the rate it carried before rates were recorded as history (a rate only an approval sets).
  const anyHistory = await m.getRepository(CustomerRate).exists({ where: { customerId: customer.id } });
  return anyHistory ? null : customer.freightRate;
}

/**
 * Prices the customer's given consignments again at the rate in force on each shipped day (free
 * shipments stay free): used when a voided statement releases them, so a rate change approved
 * while they were billed applies to them from then on.
 */
export async function repriceConsignments(
  m: EntityManager,
  customer: Customer,
  consignments: Consignment[],
): Promise<void> {
  for (const c of consignments) {
    if (c.freeShipmentRequestId !== null) continue;
    const rate = await rateInForce(m, customer, c.shippedOn);
    if (rate !== null && rate !== c.rate)
      await m.update(Consignment, { id: c.id }, { rate, freight: freightFen(c.weightGrams, rate) });
  }
}
