import { getNamedType, GraphQLSchema, isObjectType } from 'graphql';

/**
 * Which object fields reveal a customer's money or contact data, for the access map's test: every
 * such field needs a field rule in the shield map, or a reason here why none applies.
 */
const MONEY_TYPES = new Set(['Money', 'Receivable', 'StatementLine', 'Invoice', 'Payment']);
const CONTACT_TYPES = new Set(['ContactPerson']);
const CONTACT_NAMES = /phone|address|^contacts$|notes$|latitude|longitude|email/i;

const REPORT_ONLY =
  "only in a report whose root field admits the money readers alone (COLLECTOR and leaders), who see every customer's money";
const RATE = 'a rate is a commercial term set by approval, not an amount the customer owes or paid';
const NOT_CUSTOMER = "not a customer's money: staff figures or company policy";

/** Fields that look private but need no field rule, each with the reason. */
export const PRIVATE_DATA_EXEMPTIONS: Record<string, string> = {
  'Customer.freightRate': RATE,
  'Customer.storageRate': RATE,
  'Consignment.rate': RATE,
  'ApprovalRequest.newRate': RATE,
  'ApprovalRequest.storageRate': RATE,
  'ApprovalRequest.oldRate': RATE,
  'MarketIntelligence.rate':
    "a competitor's freight rate as a salesperson heard it, not an amount a customer owes or paid",
  ...Object.fromEntries(
    ['CompetitorIntelligence', 'RouteIntelligence'].flatMap((t) =>
      ['averageRate', 'lowestRate', 'highestRate'].map((f) => [
        `${t}.${f}`,
        "competitors' freight rates as heard in the market, in a summary for the leaders only",
      ]),
    ),
  ),
  ...Object.fromEntries(
    ['target', 'actual', 'gap'].map((f) => [
      `AchievementFigures.${f}`,
      "a salesperson's own figures, reached only through TargetAchievementRow.sales/collections and TargetAchievementReport.department, which carry canSeeTargetOf",
    ]),
  ),
  ...Object.fromEntries(
    [
      ...['MonthlyReceivablesRow', 'MonthlyReceivablesOwnerRow', 'ReceivablesFigures'].flatMap((t) =>
        ['opening', 'added', 'received', 'closing'].map((f) => `${t}.${f}`),
      ),
      ...['AgingRow', 'AgingFigures'].flatMap((t) =>
        ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'].map((f) => `${t}.${f}`),
      ),
      'MonthlyRevenueReport.total',
      'RevenueByCustomer.total',
      'RevenueBySalesperson.total',
    ].map((f) => [f, REPORT_ONLY]),
  ),
  'WorkloadRow.amountCollected': NOT_CUSTOMER,
  'PayrollRow.fines': NOT_CUSTOMER,
  'PayrollRow.compensation': NOT_CUSTOMER,
  'PayrollRow.totalDeductions': NOT_CUSTOMER,
  'Violation.fine': NOT_CUSTOMER,
  'Violation.compensation': NOT_CUSTOMER,
  'ApprovalPolicy.maxManagerArrearsAmount': NOT_CUSTOMER,
  'ApprovalPolicy.maxManagerDeductionAmount': NOT_CUSTOMER,
  'ContactPerson.phone':
    'a ContactPerson is reached only through Customer.contacts (guarded) or addContactPerson (owner and leaders)',
  'Visit.checkInLatitude':
    "where the salesperson checked in; visits are rows of the salesperson's own (leaders see all)",
  'Visit.checkInLongitude':
    "where the salesperson checked in; visits are rows of the salesperson's own (leaders see all)",
  'WarehouseOrder.notes': "the order clerk's note on an order, not the customer's contact data",
  'Staff.email': "a colleague's sign-in email, not a customer's contact data",
  ...Object.fromEntries(
    ['budget', 'allocated', 'unallocated', 'approved', 'pending', 'remaining', 'confirmedSales'].map((f) => [
      `BudgetTotals.${f}`,
      "the department's expense totals, reached only through BudgetReport.department, whose rule admits the leaders and the assistant manager alone",
    ]),
  ),
};

/** Report root fields whose rows carry customers' money without a field rule (see REPORT_ONLY). */
export const MONEY_REPORT_ROOTS = ['monthlyReceivablesReport', 'agingReport', 'monthlyRevenueReport'];

/**
 * Every `Type.field` of an object type (pagination edges excluded: their root decides the rows) that shows money or
 * contact data.
 */
export function privateDataFields(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isObjectType(type) ||
      type.name.startsWith('__') ||
      ['Query', 'Mutation', 'Subscription'].includes(type.name) ||
      type.name.endsWith('Edge')
    )
      continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type).name;
      if (MONEY_TYPES.has(named) || CONTACT_TYPES.has(named) || CONTACT_NAMES.test(field.name))
        found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}
