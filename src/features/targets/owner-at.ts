import { DataSource, In } from 'typeorm';
import { must } from '../../errors';
import { addDays, startOfLocalDay } from '../../time';
import { Customer, OwnershipChange } from '../customers';

/**
 * Who owned each customer at the end of a company-local day, from the ownership history (a
 * customer without history counts for its current owner). Money a customer confirmed or paid on
 * a day counts for that owner, not for a later one after a reassignment: the same attribution as
 * the monthly revenue report.
 */
export async function ownerAtEndOfDay(
  db: DataSource,
  timeZone: string,
  customerIds: number[],
): Promise<(customerId: number, day: string) => number> {
  const ids = [...new Set(customerIds)];
  const [history, customers] = ids.length
    ? await Promise.all([
        db
          .getRepository(OwnershipChange)
          .find({ where: { customerId: In(ids) }, order: { changedAt: 'ASC', id: 'ASC' } }),
        db.getRepository(Customer).find({ select: { id: true, ownerId: true }, where: { id: In(ids) } }),
      ])
    : [[], []];
  const currentOwner = new Map(customers.map((c) => [c.id, c.ownerId]));
  const historyOf = new Map<number, OwnershipChange[]>();
  for (const h of history) historyOf.set(h.customerId, [...(historyOf.get(h.customerId) ?? []), h]);
  return (customerId, day) => {
    const dayEnd = startOfLocalDay(timeZone, addDays(day, 1)).getTime();
    let owner: number | undefined;
    for (const h of historyOf.get(customerId) ?? []) if (h.changedAt.getTime() < dayEnd) owner = h.toOwnerId;
    return owner ?? must(currentOwner.get(customerId), `customer ${customerId}`);
  };
}
