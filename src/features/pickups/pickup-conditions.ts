import { EntityManager } from 'typeorm';
import { PickupConditionsNotMetError } from '../../errors';
import { Fen, formatMoney } from '../../graphql/money';
import { CustomerStatus } from '../customers/customer-enums';
import { Customer } from '../customers/customer.entity';
import { overdueUnpaidSql } from '../receivables/overdue-sql';

/** Overdue unpaid amount of a customer on `today`: receivables past due minus what settled them. */
export async function overdueUnpaid(m: EntityManager, customerId: number, today: string): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(`SELECT ${overdueUnpaidSql('?', '?')} AS s`, [customerId, today]);
  return Number(rows[0]?.s ?? 0);
}

/** Approved arrears consents whose promised date has not passed. */
export async function unexpiredArrears(m: EntityManager, customerId: number, today: string): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(`SELECT SUM(amount) AS s FROM arrears_consent WHERE customerId = ? AND promisedDate >= ?`, [customerId, today]);
  return Number(rows[0]?.s ?? 0);
}

/** The pickup conditions: ACTIVE, and no overdue unpaid amount beyond approved, unexpired arrears. */
export async function assertPickupConditions(m: EntityManager, customer: Customer, today: string): Promise<void> {
  if (customer.status !== CustomerStatus.ACTIVE) {
    throw new PickupConditionsNotMetError(`the customer is not ACTIVE (it is ${customer.status})`);
  }
  const overdue = await overdueUnpaid(m, customer.id, today);
  if (overdue <= 0) return;
  const allowed = await unexpiredArrears(m, customer.id, today);
  if (overdue > allowed) {
    throw new PickupConditionsNotMetError(`the customer has ${formatMoney(overdue)} overdue and unpaid, beyond the ${formatMoney(allowed)} of approved, unexpired arrears`);
  }
}
