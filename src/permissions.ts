import { GraphQLSchema } from 'graphql';
import { deny, shield } from 'graphql-shield';
import { IRules } from 'graphql-shield/typings/types';
import { applyMiddleware } from 'graphql-middleware';
import { ForbiddenError } from './errors';
import { authPermissions } from './features/auth/auth.permissions';
import { staffPermissions } from './features/staff/staff.permissions';
import { auditPermissions } from './features/audit/audit.permissions';
import { attendancePermissions } from './features/attendance/attendance.permissions';
import { violationPermissions } from './features/violations/violation.permissions';
import { payrollPermissions } from './features/payroll/payroll.permissions';
import { warehouseOrderPermissions } from './features/warehouse-orders/warehouse-order.permissions';
import { customersPermissions } from './features/customers/customers.permissions';
import { visitsPermissions } from './features/visits/visits.permissions';
import { signoffPermissions } from './features/signoffs/signoff.permissions';
import { operationNoticePermissions } from './features/operation-notices/operation-notice.permissions';
import { approvalPermissions } from './features/approvals/approval.permissions';
import { consignmentPermissions } from './features/consignments/consignment.permissions';
import { storagePermissions } from './features/storage/storage.permissions';
import { statementPermissions } from './features/statements/statement.permissions';
import { invoicePermissions } from './features/invoices/invoice.permissions';
import { paymentPermissions } from './features/payments/payment.permissions';
import { receivablePermissions } from './features/receivables/receivable.permissions';
import { pickupPermissions } from './features/pickups/pickup.permissions';
import { notificationPermissions } from './features/notifications/notification.permissions';
import { departmentReportPermissions } from './features/department-reports/department-reports.permissions';
import { expensePermissions } from './features/expenses/expense.permissions';
import { complaintPermissions } from './features/complaints/complaint.permissions';
import { marketIntelligencePermissions } from './features/market-intelligence/market-intelligence.permissions';
import { targetPermissions } from './features/targets/target.permissions';
import { rankingPermissions } from './features/ranking/ranking.permissions';

type RuleMap = Record<string, Record<string, unknown>>;

/** Every feature's rules, merged. A field listed by two features is a mistake and fails at start. */
const featurePermissions: RuleMap[] = [
  authPermissions,
  staffPermissions,
  auditPermissions,
  attendancePermissions,
  violationPermissions,
  payrollPermissions,
  warehouseOrderPermissions,
  customersPermissions,
  visitsPermissions,
  signoffPermissions,
  operationNoticePermissions,
  approvalPermissions,
  consignmentPermissions,
  storagePermissions,
  statementPermissions,
  invoicePermissions,
  paymentPermissions,
  receivablePermissions,
  pickupPermissions,
  departmentReportPermissions,
  expensePermissions,
  complaintPermissions,
  marketIntelligencePermissions,
  targetPermissions,
  rankingPermissions,
  notificationPermissions,
];

export function mergePermissions(maps: RuleMap[]): RuleMap {
  const merged: RuleMap = { Query: {}, Mutation: {}, Subscription: {} };
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] ??= {};
      for (const [field, rule] of Object.entries(fields)) {
        if (merged[type][field]) throw new Error(`Permission for ${type}.${field} is defined twice`);
        merged[type][field] = rule;
      }
    }
  }
  return merged;
}

/**
 * The whole access map. Query, Mutation and Subscription deny every field without a rule ('*': deny), so a
 * field added without one is refused. Other types get a rule only where one is written (e.g.
 * Customer.contacts): their other fields are reachable only through a root field that was allowed.
 */
export const permissionRules: RuleMap = (() => {
  const merged = mergePermissions(featurePermissions);
  merged.Query['*'] = deny;
  merged.Mutation['*'] = deny;
  merged.Subscription['*'] = deny;
  return merged;
})();

export function applyPermissions(schema: GraphQLSchema, rules: RuleMap = permissionRules): GraphQLSchema {
  const generator = shield(rules as IRules, {
    allowExternalErrors: true,
    debug: false,
    fallbackRule: deny,
    fallbackError: () => new ForbiddenError(),
  });
  // graphql-shield wraps every field of every type with its fallback rule, making each field of
  // every row async. Keep its middleware only on root fields and on fields that have a rule.
  const generated = (
    generator as unknown as { generate(s: GraphQLSchema): Record<string, Record<string, unknown>> }
  ).generate(schema);
  const pruned: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(generated)) {
    const isRoot = type === 'Query' || type === 'Mutation' || type === 'Subscription';
    const typeRules = rules[type];
    if (!isRoot && !typeRules) continue;
    pruned[type] = {};
    for (const [field, middleware] of Object.entries(fields)) {
      if (isRoot || (typeRules && field in typeRules)) pruned[type][field] = middleware;
    }
  }
  return applyMiddleware(schema, pruned as never);
}
