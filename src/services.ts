import { approvalHooks } from './features/operation-notices';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { Config } from './config';
import { TokenService } from './auth/tokens';
import { StaffService } from './features/staff/staff.service';
import { AuthService } from './features/auth/auth.service';
import { staffHooks } from './features/auth/staff-hooks';
import { AuditService } from './features/audit/audit-query.service';
import { AttendanceService } from './features/attendance/attendance.service';
import { ViolationService } from './features/violations/violation.service';
import { PayrollService } from './features/payroll/payroll.service';
import { WarehouseOrderService } from './features/warehouse-orders/warehouse-order.service';
import { CustomerService } from './features/customers/customer.service';
import { CustomerRecordsService } from './features/customers/customer-records.service';
import { VisitService } from './features/visits/visit.service';
import { SignoffPolicyService } from './features/signoffs/signoff-policy.service';
import { OperationNoticeService } from './features/operation-notices/operation-notice.service';
import { ApprovalRequestService } from './features/approvals/approval-request.service';
import { ApprovalDecisionService } from './features/approvals/approval-decision.service';
import { ApprovalPolicyService } from './features/approvals/approval-policy.service';
import { ArrearsConsentService } from './features/approvals/arrears-consent.service';
import { ConsignmentService } from './features/consignments/consignment.service';
import { StorageService } from './features/storage/storage.service';
import { StatementService } from './features/statements/statement.service';
import { InvoiceService } from './features/invoices/invoice.service';
import { PaymentService } from './features/payments/payment.service';
import { ReceivableService } from './features/receivables/receivable.service';
import { ReportService } from './features/receivables/reports.service';
import { customerBalanceColumn } from './features/receivables/receivable.loaders';
import { PickupService } from './features/pickups/pickup.service';
import { NotificationBus, attachNotificationBus } from './features/notifications';
import { NotificationService } from './features/notifications/notification.service';
import { DepartmentReportService } from './features/department-reports/department-reports.service';
import { BudgetService } from './features/expenses/budget.service';
import { ExpenseClaimService } from './features/expenses/expense-claim.service';
import { BudgetReportService } from './features/expenses/budget-report.service';
import { expenseApprovalHooks } from './features/expenses';
import type { ApprovalHooks } from './features/approvals';
import { ComplaintService } from './features/complaints/complaint.service';
import { MarketIntelligenceService } from './features/market-intelligence/market-intelligence.service';
import { TargetService } from './features/targets/target.service';
import { RankingService } from './features/ranking/ranking.service';

/** What higher features do when requests are decided (settlement changes, expense claims). */
export function approvalHooksFor(config: Config): ApprovalHooks {
  return { ...approvalHooks, ...expenseApprovalHooks(config.expenseClaimManagerLimit) };
}

/** The business services, built once per process; stateless apart from the data source. */
export function createServices(db: DataSource, config: Config, logger: pino.Logger) {
  const tokens = new TokenService(config.jwt);
  const departmentReports = new DepartmentReportService(db, config.timeZone);
  // One bus per process: Redis pub/sub across instances when configured, this process otherwise.
  const notificationBus = config.redisUrl
    ? NotificationBus.redis(config.redisUrl, config.redisChannelPrefix, logger)
    : NotificationBus.inProcess(logger);
  attachNotificationBus(db, notificationBus);
  const staff = new StaffService(db, {
    ...staffHooks,
    sessionsEnded: (staffId) => notificationBus.endSessions(staffId),
  });
  return {
    config,
    logger,
    tokens,
    staff,
    auth: new AuthService(db, tokens, (staffId) => notificationBus.endSessions(staffId)),
    notificationBus,
    notifications: new NotificationService(db),
    audit: new AuditService(db),
    attendance: new AttendanceService(db, config.timeZone),
    violations: new ViolationService(db, config.timeZone),
    payroll: new PayrollService(db),
    warehouseOrders: new WarehouseOrderService(db, config.timeZone),
    // A page of customers reads each customer's balance with its rows when the query asks for it.
    customers: new CustomerService(db, [customerBalanceColumn]),
    customerRecords: new CustomerRecordsService(db, config.timeZone),
    visits: new VisitService(db, config.timeZone, config.visitCheckInRadiusMeters),
    signoffPolicy: new SignoffPolicyService(db),
    operationNotices: new OperationNoticeService(db),
    approvalRequests: new ApprovalRequestService(db, config.timeZone),
    approvalDecisions: new ApprovalDecisionService(db, config, approvalHooksFor(config)),
    approvalPolicy: new ApprovalPolicyService(db),
    arrearsConsents: new ArrearsConsentService(db, config),
    consignments: new ConsignmentService(db, config.timeZone),
    storage: new StorageService(db, config.timeZone),
    statements: new StatementService(db, config),
    invoices: new InvoiceService(db),
    payments: new PaymentService(db, config.timeZone),
    receivables: new ReceivableService(db, config),
    reports: new ReportService(db, config),
    pickups: new PickupService(db, config),
    departmentReports,
    budgets: new BudgetService(db, config.timeZone),
    expenseClaims: new ExpenseClaimService(db, config.timeZone, config.expenseClaimManagerLimit),
    budgetReport: new BudgetReportService(db, config.timeZone, (first, last) =>
      departmentReports.confirmedSalesByOwner(first, last),
    ),
    complaints: new ComplaintService(db, config.timeZone),
    marketIntelligence: new MarketIntelligenceService(db, config.timeZone),
    targets: new TargetService(db, config.timeZone),
    ranking: new RankingService(db, config.timeZone),
  };
}

export type Services = ReturnType<typeof createServices>;
