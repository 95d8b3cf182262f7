import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader } from './db/loaders';
import { must } from './errors';
import { Complaint } from './features/complaints';
import { staffByIdLoader } from './features/staff/staff.loaders';
import type { Staff } from './features/staff';
import { Customer } from './features/customers/customer.entity';
import { SatisfactionSurvey } from './features/customers/satisfaction-survey.entity';
import { OrderOrganizingSheet } from './features/warehouse-orders/order-organizing-sheet.entity';
import { WarehouseOrder } from './features/warehouse-orders/warehouse-order.entity';
import { recentVisitsLoader, visitByIdLoader, visitRequestByIdLoader } from './features/visits/visit.loaders';
import {
  contactPersonsLoader,
  contactReadRecorder,
  ownershipHistoryLoader,
  satisfactionScoresLoader,
} from './features/customers/customer.loaders';
import { Consignment } from './features/consignments/consignment.entity';
import { ApprovalRequest } from './features/approvals/approval-request.entity';
import { signoffLoaders } from './features/signoffs/signoff.loaders';
import { statementLoaders } from './features/statements/statement.loaders';
import { invoiceLoaders } from './features/invoices/invoice.loaders';
import { receivableLoaders } from './features/receivables/receivable.loaders';
import { expenseLoaders } from './features/expenses/expense.loaders';

/** `today`: the company's current day, for loaders that age money. */
export function createLoaders(db: DataSource, today: () => string) {
  /**
   * Customers this request has already read whole (told by `knownCustomer` where a customer's
   * open receivables are listed): the money rule decides on their owner at once, and the customer
   * loader answers them without a statement. A map rather than DataLoader's prime, which makes a
   * promise per customer whether or not anyone asks.
   */
  const knownCustomers = new Map<number, Customer>();
  /** Staff this request has read whole (its caller, a page's owners): the staff loader answers them at once. */
  const knownStaff = new Map<number, Staff>();
  return {
    staff: staffByIdLoader(db, knownStaff),
    knownStaff,
    customer: byIdLoader(db, Customer, knownCustomers),
    knownCustomers,
    orderSheet: byIdLoader(db, OrderOrganizingSheet),
    warehouseOrdersBySheet: groupLoader<number, WarehouseOrder>(
      (ids) => db.getRepository(WarehouseOrder).find({ where: { sheetId: In(ids) }, order: { id: 'ASC' } }),
      (o) => must(o.sheetId, `sheet of warehouse order ${o.id}`),
    ),
    contactPersonsByCustomer: contactPersonsLoader(db),
    contactReads: contactReadRecorder(db),
    ownershipHistoryByCustomer: ownershipHistoryLoader(db),
    satisfactionScoresBySurvey: satisfactionScoresLoader(db),
    satisfactionSurvey: byIdLoader(db, SatisfactionSurvey),
    visitById: visitByIdLoader(db),
    visitRequestById: visitRequestByIdLoader(db),
    consignment: byIdLoader(db, Consignment),
    approvalRequest: byIdLoader(db, ApprovalRequest),
    complaint: byIdLoader(db, Complaint),
    ...signoffLoaders(db),
    ...statementLoaders(db),
    ...invoiceLoaders(db),
    ...receivableLoaders(db, today),
    recentVisits: recentVisitsLoader(db),
    ...expenseLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
