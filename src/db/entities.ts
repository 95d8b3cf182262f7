/** Every entity the data source knows, one line per entity, grouped by feature. */
import { Staff } from '../features/staff/staff.entity';
import { StaffRole } from '../features/staff/staff-role.entity';
import { DepartmentHead } from '../features/staff/department-head.entity';
import { AuditEvent } from '../features/audit/audit-event.entity';
import { Customer } from '../features/customers/customer.entity';
import { AttendanceRecord } from '../features/attendance/attendance-record.entity';
import { Violation } from '../features/violations/violation.entity';
import { WarehouseOrder } from '../features/warehouse-orders/warehouse-order.entity';
import { OrderOrganizingSheet } from '../features/warehouse-orders/order-organizing-sheet.entity';
import { ContactPerson } from '../features/customers/contact-person.entity';
import { CustomerPhone } from '../features/customers/customer-phone.entity';
import { OwnershipChange } from '../features/customers/ownership-change.entity';
import { IntentReport } from '../features/customers/intent-report.entity';
import { LostCustomerAnalysis } from '../features/customers/lost-customer-analysis.entity';
import { SatisfactionSurvey, SatisfactionScore } from '../features/customers/satisfaction-survey.entity';
import { ContactAccess } from '../features/customers/contact-access.entity';
import { ContactLogEntry } from '../features/customers/contact-log-entry.entity';
import { Visit } from '../features/visits/visit.entity';
import { VisitRequest } from '../features/visits/visit-request.entity';
import { SignoffForm } from '../features/signoffs/signoff-form.entity';
import { Signature } from '../features/signoffs/signature.entity';
import { OperationNotice } from '../features/operation-notices/operation-notice.entity';
import { ApprovalRequest } from '../features/approvals/approval-request.entity';
import { ApprovalPolicy } from '../features/approvals/approval-policy.entity';
import { CustomerRate } from '../features/consignments/customer-rate.entity';
import { CustomerTerms } from '../features/approvals/customer-terms.entity';
import { SignoffPolicyEntry } from '../features/signoffs/signoff-policy.entity';
import { ArrearsConsent } from '../features/approvals/arrears-consent.entity';
import { Consignment } from '../features/consignments/consignment.entity';
import { StorageOccupancy } from '../features/storage/storage-occupancy.entity';
import { StorageAreaNotice } from '../features/storage/storage-area-notice.entity';
import { Statement } from '../features/statements/statement.entity';
import { StatementLine } from '../features/statements/statement-line.entity';
import { Invoice } from '../features/invoices/invoice.entity';
import { Receivable } from '../features/ledger/receivable.entity';
import { CustomerMonthBalance } from '../features/ledger/customer-month-balance.entity';
import { Payment } from '../features/ledger/payment.entity';
import { PaymentAllocation } from '../features/ledger/payment-allocation.entity';
import { PickupNotice } from '../features/pickups/pickup-notice.entity';
import { LoginAttempt } from '../features/auth/login-attempt.entity';
import { Complaint } from '../features/complaints/complaint.entity';
import { MarketIntelligence } from '../features/market-intelligence/market-intelligence.entity';
import { SalesTarget, SalesTargetChange } from '../features/targets/sales-target.entity';
import { RankingWeightsSetting } from '../features/ranking/ranking-weights.entity';
import { RowClaim } from './row-claim.entity';
import { Budget } from '../features/expenses/budget.entity';
import { ExpenseClaim } from '../features/expenses/expense-claim.entity';

export const entities = [
  Staff,
  StaffRole,
  DepartmentHead,
  AuditEvent,
  Customer,
  AttendanceRecord,
  Violation,
  WarehouseOrder,
  OrderOrganizingSheet,
  ContactPerson,
  CustomerPhone,
  OwnershipChange,
  IntentReport,
  LostCustomerAnalysis,
  SatisfactionSurvey,
  SatisfactionScore,
  ContactAccess,
  ContactLogEntry,
  Visit,
  VisitRequest,
  SignoffForm,
  Signature,
  OperationNotice,
  ApprovalRequest,
  ApprovalPolicy,
  CustomerRate,
  CustomerTerms,
  SignoffPolicyEntry,
  ArrearsConsent,
  Consignment,
  StorageOccupancy,
  StorageAreaNotice,
  Statement,
  StatementLine,
  Invoice,
  Receivable,
  CustomerMonthBalance,
  Payment,
  PaymentAllocation,
  PickupNotice,
  LoginAttempt,
  Complaint,
  MarketIntelligence,
  SalesTarget,
  SalesTargetChange,
  RankingWeightsSetting,
  RowClaim,
  Budget,
  ExpenseClaim,
];
