/**
 * What a customer owes past due on a day: its receivables due before that day, less what settled
 * them. One SQL expression for the pickup conditions and for overdue arrears, so both read
 * "overdue and unpaid" alike. `customerId` and `today` are SQL (a column or a placeholder).
 */
export function overdueUnpaidSql(customerId: string, today: string): string {
  return `(SELECT COALESCE(SUM(od.amount - (SELECT COALESCE(SUM(oa.amount), 0) FROM payment_allocation oa WHERE oa.receivableId = od.id)), 0)
             FROM receivable od WHERE od.customerId = ${customerId} AND od.dueDate < ${today})`;
}
