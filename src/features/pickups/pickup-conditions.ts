import { EntityManager } from 'typeorm';
import { PickupConditionsNotMetError } from '../../errors';
import { Fen, formatMoney } from '../../graphql/money';
import { CustomerStatus, Customer } from '../customers';
import { overdueUnpaidSql } from '../ledger';
import { NoticeStatus } from '../signoffs';

/** Overdue unpaid amount of a customer on `today`: receivables past due minus what settled them. */
export async function overdueUnpaid(m: EntityManager, customerId: number, today: string): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(`SELECT ${overdueUnpaidSql('?', '?')} AS s`, [
    customerId,
    today,
  ]);
  return Number(rows[0]?.s ?? 0);
}

/** Approved arrears consents whose promised date has not passed and that every named department has signed. */
export async function unexpiredArrears(m: EntityManager, customerId: number, today: string): Promise<Fen> {
  const rows: Array<{ s: string | number | null }> = await m.query(
    `SELECT SUM(a.amount) AS s FROM arrears_consent a INNER JOIN signoff_form f ON f.id = a.formId
      WHERE a.customerId = ? AND a.promisedDate >= ? AND f.status = ?`,
    [customerId, today, NoticeStatus.COMPLETED],
  );
  return Number(rows[0]?.s ?? 0);
}

/** Unexpired consents of a customer still waiting for signatures, each with the departments yet to sign. */
async function unsignedConsents(m: EntityManager, customerId: number, today: string): Promise<string[]> {
  const rows: Array<{ id: number | string; department: string }> = await m.query(
    `SELECT a.id AS id, s.department AS department FROM arrears_consent a
       INNER JOIN signoff_form f ON f.id = a.formId
       INNER JOIN signature s ON s.formId = a.formId AND s.signerId IS NULL
      WHERE a.customerId = ? AND a.promisedDate >= ? AND f.status = ?
      ORDER BY a.id, s.department`,
    [customerId, today, NoticeStatus.PENDING],
  );
  const byConsent = new Map<string, string[]>();
  for (const r of rows) byConsent.set(String(r.id), [...(byConsent.get(String(r.id)) ?? []), r.department]);
  return [...byConsent].map(
    ([id, departments]) => `arrears consent ${id} is not yet signed by ${departments.join(', ')}`,
  );
}

/**
 * The pickup conditions: ACTIVE, and no overdue unpaid amount beyond approved, unexpired arrears signed by every named
 * department.
 */
export async function assertPickupConditions(m: EntityManager, customer: Customer, today: string): Promise<void> {
  if (customer.status !== CustomerStatus.ACTIVE) {
    throw new PickupConditionsNotMetError(`the customer is not ACTIVE (it is ${customer.status})`);
  }
  const overdue = await overdueUnpaid(m, customer.id, today);
  if (overdue <= 0) return;
  const allowed = await unexpiredArrears(m, customer.id, today);
  if (overdue > allowed) {
    // A consent counts only once every department it names has signed: say which are missing.
    const unsigned = await unsignedConsents(m, customer.id, today);
    throw new PickupConditionsNotMetError(
      `the customer has ${formatMoney(overdue)} overdue and unpaid, beyond the ${formatMoney(allowed)} of approved, unexpired and fully signed arrears${unsigned.length ? ` (${unsigned.join('; ')})` : ''}`,
    );
  }
}
