import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyPermissions } from './permissions';
import { guardStoredText } from './graphql/stored-text';
import { readPlainFieldsByProperty } from './graphql/plain-fields';
import { must } from './errors';
import { AuthResolver } from './features/auth/auth.resolver';
import { StaffResolver } from './features/staff/staff.resolver';
import { AuditResolver } from './features/audit/audit.resolver';
import { AuditActorResolver } from './features/staff/audit-actor.resolver';
import { AttendanceResolver } from './features/attendance/attendance.resolver';
import { ViolationResolver } from './features/violations/violation.resolver';
import { PayrollResolver } from './features/payroll/payroll.resolver';
import {
  WarehouseOrderResolver,
  OrderOrganizingSheetResolver,
} from './features/warehouse-orders/warehouse-order.resolver';
import {
  CustomerResolver,
  OwnershipChangeResolver,
  ProspectCheckResolver,
} from './features/customers/customer.resolver';
import {
  ContactAccessResolver,
  ContactLogResolver,
  IntentReportResolver,
  LostCustomerAnalysisResolver,
  SatisfactionSurveyResolver,
} from './features/customers/customer-records.resolver';
import { VisitRequestResolver, VisitResolver } from './features/visits/visit.resolver';
import { SignatureResolver } from './features/signoffs/signature.resolver';
import { SignoffPolicyResolver } from './features/signoffs/signoff-policy.resolver';
import { OperationNoticeResolver } from './features/operation-notices/operation-notice.resolver';
import { ApprovalResolver } from './features/approvals/approval.resolver';
import { ArrearsConsentResolver } from './features/approvals/arrears-consent.resolver';
import { ConsignmentResolver } from './features/consignments/consignment.resolver';
import { StorageResolver } from './features/storage/storage.resolver';
import { StorageAreaNoticeResolver } from './features/storage/storage.resolver';
import { StatementResolver } from './features/statements/statement.resolver';
import { InvoiceResolver } from './features/invoices/invoice.resolver';
import { StatementInvoiceResolver } from './features/invoices/statement-invoice.resolver';
import { PaymentResolver } from './features/payments/payment.resolver';
import { ReceivableResolver } from './features/receivables/receivable.resolver';
import { MonthlyReceivablesRowResolver } from './features/receivables/receivable.resolver';
import { MonthlyReceivablesOwnerRowResolver } from './features/receivables/receivable.resolver';
import { MonthlyReceivablesReportResolver } from './features/receivables/receivable.resolver';
import { CustomerVisitsResolver } from './features/visits/customer-visits.resolver';
import { CustomerReceivablesResolver } from './features/receivables/customer-receivables.resolver';
import { AgingRowResolver } from './features/receivables/receivable.resolver';
import { AgingReportResolver } from './features/receivables/receivable.resolver';
import { CustomerBalanceResolver } from './features/receivables/customer-balance.resolver';
import { PickupResolver } from './features/pickups/pickup.resolver';
import {
  DepartmentReportResolver,
  RevenueByCustomerResolver,
  RevenueBySalespersonResolver,
} from './features/department-reports/department-reports.resolver';
import {
  BudgetResolver,
  BudgetRowResolver,
  ExpenseClaimResolver,
  ExpenseRequestResolver,
} from './features/expenses/expense.resolver';
import { ComplaintResolver } from './features/complaints/complaint.resolver';
import { MarketIntelligenceResolver } from './features/market-intelligence/market-intelligence.resolver';
import { SalesTargetChangeResolver, SalesTargetResolver } from './features/targets/target.resolver';
import { RankingResolver, RankingWeightsResolver } from './features/ranking/ranking.resolver';
import { NotificationResolver } from './features/notifications/notification.resolver';
import { NotificationLinksResolver } from './features/notification-inbox/notification-links.resolver';
import { describeTextLimits } from './graphql/text-limits';

/** Every resolver class of the API, one per line. */
export const resolvers = [
  AuthResolver,
  StaffResolver,
  AuditResolver,
  AuditActorResolver,
  AttendanceResolver,
  ViolationResolver,
  PayrollResolver,
  WarehouseOrderResolver,
  OrderOrganizingSheetResolver,
  CustomerResolver,
  OwnershipChangeResolver,
  ProspectCheckResolver,
  IntentReportResolver,
  LostCustomerAnalysisResolver,
  SatisfactionSurveyResolver,
  ContactLogResolver,
  ContactAccessResolver,
  VisitResolver,
  VisitRequestResolver,
  SignatureResolver,
  SignoffPolicyResolver,
  OperationNoticeResolver,
  ApprovalResolver,
  ArrearsConsentResolver,
  ConsignmentResolver,
  StorageResolver,
  StorageAreaNoticeResolver,
  StatementResolver,
  InvoiceResolver,
  StatementInvoiceResolver,
  PaymentResolver,
  ReceivableResolver,
  MonthlyReceivablesRowResolver,
  MonthlyReceivablesOwnerRowResolver,
  MonthlyReceivablesReportResolver,
  CustomerVisitsResolver,
  CustomerReceivablesResolver,
  AgingRowResolver,
  AgingReportResolver,
  CustomerBalanceResolver,
  PickupResolver,
  DepartmentReportResolver,
  RevenueByCustomerResolver,
  RevenueBySalespersonResolver,
  BudgetResolver,
  BudgetRowResolver,
  ExpenseClaimResolver,
  ExpenseRequestResolver,
  ComplaintResolver,
  MarketIntelligenceResolver,
  SalesTargetResolver,
  SalesTargetChangeResolver,
  RankingWeightsResolver,
  RankingResolver,
  NotificationResolver,
  NotificationLinksResolver,
] as const;

let built: GraphQLSchema | undefined;

/** The schema without permissions: what `schema/schema.graphql` is emitted from. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  if (!built) readPlainFieldsByProperty();
  built ??= await buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
    // type-graphql insists on a pubSub once there is a subscription; ours is the notification bus,
    // which notificationAdded subscribes to itself (subscribe option), so this one is never used.
    pubSub: {
      publish: () => {
        throw new Error("Subscriptions publish through the notification bus, not type-graphql's pubSub.");
      },
      subscribe: () => {
        throw new Error("Subscriptions subscribe through the notification bus, not type-graphql's pubSub.");
      },
    },
  });
  // type-graphql has no option for the root types' own descriptions.
  must(built.getQueryType(), 'Query type').description ??=
    'Everything that can be read: customers, visits, approvals, statements (对账单), receivables, reports, staff and audit. Each field says which roles may read it.';
  describeTextLimits(built);
  const subscriptionType = built.getSubscriptionType();
  if (subscriptionType)
    subscriptionType.description ??=
      "What is pushed to a client as it happens, over a graphql-ws socket on /graphql: the signed-in staff member's new notifications.";
  must(built.getMutationType(), 'Mutation type').description ??=
    'Everything that changes data: sign-in, customers, visits, requests and approvals, notices (通知单) and sign-offs, statements, invoices, payments, staff. Writes that move money, ownership or approvals are audited.';
  return built;
}

/**
 * The executable schema: mutations refuse control characters in their inputs (inner), and
 * graphql-shield decides access first (outer). `permissions: false` is the benchmark's switch.
 */
export async function buildAppSchema(options: { permissions?: boolean } = {}): Promise<GraphQLSchema> {
  const guarded = guardStoredText(await buildBareSchema());
  return options.permissions === false ? guarded : applyPermissions(guarded);
}
