import { errorCodes, TestApp, Caller } from '../support/app';
import { Department, Role } from '../../src/domain/roles';
import { buildAppSchema } from '../../src/schema';
import { entities } from '../../src/db/entities';
import {
  AccessTable,
  allows,
  ANY_AUTHENTICATED,
  buildCall,
  entryOf,
  PUBLIC,
  rootFields,
} from '../support/access-matrix';

/**
 * The authorization walk: every Query and Mutation field, called as every role and as nobody,
 * against this explicit table. A field missing here fails the test; so does a stale entry.
 * "Allowed" = the answer carries neither FORBIDDEN nor UNAUTHENTICATED (a NOT_FOUND or
 * BAD_USER_INPUT from the generated arguments is fine); "denied" = FORBIDDEN, or UNAUTHENTICATED
 * for nobody, with nothing written.
 */
const LOGIN_EMAIL = `walk.login.${Date.now()}@test.example`;
const LOGIN_PASSWORD = 'Walk1ng-passw0rd';

const { DIRECTOR, MANAGER, ASSISTANT_MANAGER, SALESPERSON, COLLECTOR, ORDER_CLERK, DISPATCHER, DEPARTMENT_HEAD } = Role;
/** Leaders approve and act for any customer (docs/rules.md, "Staff, roles and departments"). */
const LEADERS = [DIRECTOR, MANAGER];
/** Who reads the department's administration and reports. */
const ADMIN_READERS = [DIRECTOR, MANAGER, ASSISTANT_MANAGER];
/** Who files requests and acts for own customers: the owner salesperson, and leaders for any. */
const CUSTOMER_HANDLERS = [DIRECTOR, MANAGER, SALESPERSON];
/** Who reads statements and receivables (a salesperson: own customers, filtered in the service). */
const MONEY_READERS = [DIRECTOR, MANAGER, ASSISTANT_MANAGER, COLLECTOR, SALESPERSON];
/**
 * Signing a form is for department heads (the department_head table, not a role): the callers
 * made here head no department, so every role is refused; the sign-off tests cover the heads.
 */
const HEADS_ONLY: Role[] = [];

const EXPECTED: AccessTable = {
  // Staff, sign-in and the audit trail
  'Query.me': ANY_AUTHENTICATED,
  'Query.staffMembers': ANY_AUTHENTICATED,
  'Query.departmentHeads': ANY_AUTHENTICATED,
  'Query.auditEvents': LEADERS,
  'Mutation.login': { access: PUBLIC, args: () => ({ email: LOGIN_EMAIL, password: LOGIN_PASSWORD }) },
  'Mutation.unlockStaff': [DIRECTOR],
  'Mutation.changePassword': ANY_AUTHENTICATED,
  'Mutation.logout': ANY_AUTHENTICATED,
  'Query.notifications': ANY_AUTHENTICATED,
  'Query.unreadNotificationCount': ANY_AUTHENTICATED,
  'Mutation.markNotificationsRead': ANY_AUTHENTICATED,
  'Mutation.createStaff': [DIRECTOR],
  'Mutation.setStaffRoles': [DIRECTOR],
  'Mutation.deactivateStaff': [DIRECTOR],
  'Mutation.reactivateStaff': [DIRECTOR],
  'Mutation.setDepartmentHead': [DIRECTOR],
  // Customers: everyone lists them (to avoid duplicate work); contacts are guarded per field
  'Query.customers': ANY_AUTHENTICATED,
  'Query.customer': ANY_AUTHENTICATED,
  'Query.checkProspect': ANY_AUTHENTICATED,
  'Query.contactLog': ANY_AUTHENTICATED,
  'Query.intentReports': ADMIN_READERS,
  'Query.lostCustomerAnalyses': ADMIN_READERS,
  'Query.satisfactionSurveys': ADMIN_READERS,
  'Query.satisfactionAverages': ADMIN_READERS,
  'Query.contactAccessLog': LEADERS,
  'Mutation.registerCustomer': CUSTOMER_HANDLERS,
  'Mutation.reassignCustomer': LEADERS,
  'Mutation.addContactPerson': CUSTOMER_HANDLERS,
  'Mutation.updateCustomerDetails': CUSTOMER_HANDLERS,
  'Mutation.reportCustomerIntent': [SALESPERSON],
  'Mutation.markCustomerLost': CUSTOMER_HANDLERS,
  'Mutation.recordSatisfactionSurvey': CUSTOMER_HANDLERS,
  'Mutation.recordContact': CUSTOMER_HANDLERS,
  // Visits
  'Query.visits': [...ADMIN_READERS, SALESPERSON],
  'Query.visitRequests': [...ADMIN_READERS, SALESPERSON],
  'Mutation.planVisit': CUSTOMER_HANDLERS,
  'Mutation.checkInVisit': CUSTOMER_HANDLERS,
  'Mutation.completeVisit': CUSTOMER_HANDLERS,
  'Mutation.cancelVisit': CUSTOMER_HANDLERS,
  'Mutation.markVisitFalse': LEADERS,
  'Mutation.recordVisitRequest': CUSTOMER_HANDLERS,
  // Operation notices and sign-offs
  'Query.operationNotices': ANY_AUTHENTICATED,
  'Mutation.createOperationNotice': CUSTOMER_HANDLERS,
  'Mutation.signOperationNotice': HEADS_ONLY,
  'Mutation.signLiaisonForm': HEADS_ONLY,
  'Mutation.signArrearsConsent': HEADS_ONLY,
  'Query.signoffPolicy': ANY_AUTHENTICATED,
  'Mutation.setSignoffPolicy': [DIRECTOR],
  // Approvals: filed by the owner (deductions by the collector), decided by leaders only
  'Query.approvalRequests': ANY_AUTHENTICATED,
  'Query.approvalRequest': ANY_AUTHENTICATED,
  'Query.approvalPolicy': ADMIN_READERS,
  'Query.arrearsConsents': [DIRECTOR, MANAGER, ASSISTANT_MANAGER, SALESPERSON, COLLECTOR, DISPATCHER, DEPARTMENT_HEAD],
  'Mutation.requestRateChange': CUSTOMER_HANDLERS,
  'Mutation.requestFreeShipment': CUSTOMER_HANDLERS,
  'Mutation.requestSettlementChange': CUSTOMER_HANDLERS,
  'Mutation.requestArrears': CUSTOMER_HANDLERS,
  'Mutation.requestSpecialOperation': CUSTOMER_HANDLERS,
  'Mutation.requestTermsChange': CUSTOMER_HANDLERS,
  'Mutation.requestDeduction': [COLLECTOR],
  'Mutation.approveRequest': LEADERS,
  'Mutation.rejectRequest': LEADERS,
  'Mutation.setApprovalPolicy': [DIRECTOR],
  // Budgets and expense claims: the spender files; a MANAGER sets only the budgets of the people they lead (checked in
  // the service)
  'Mutation.setBudget': LEADERS,
  'Mutation.fileExpenseClaim': [...ADMIN_READERS, SALESPERSON, COLLECTOR, ORDER_CLERK],
  'Query.budgetReport': [...ADMIN_READERS, SALESPERSON, COLLECTOR, ORDER_CLERK],
  // Charges, statements, invoices, payments and their reports
  'Query.consignments': [...MONEY_READERS, DISPATCHER],
  'Query.storageAreaNotices': [...MONEY_READERS, ORDER_CLERK],
  'Query.statements': MONEY_READERS,
  'Query.statement': MONEY_READERS,
  'Query.receivables': MONEY_READERS,
  'Query.monthlyReceivablesReport': [...ADMIN_READERS, COLLECTOR],
  'Query.agingReport': [...ADMIN_READERS, COLLECTOR],
  'Mutation.recordConsignment': [COLLECTOR, DISPATCHER],
  'Mutation.recordStorageOccupancy': [...LEADERS, ORDER_CLERK],
  'Mutation.endStorageOccupancy': [...LEADERS, ORDER_CLERK],
  'Mutation.issueStatement': [COLLECTOR],
  'Mutation.confirmStatement': [COLLECTOR],
  'Mutation.voidStatement': [COLLECTOR],
  'Mutation.issueInvoice': [COLLECTOR],
  'Mutation.recordPayment': [COLLECTOR],
  // Pickups: filled by the owner or a leader, decided by the dispatcher
  'Query.pickupNotices': ANY_AUTHENTICATED,
  'Mutation.createPickupNotice': CUSTOMER_HANDLERS,
  'Mutation.signPickupNotice': [DISPATCHER],
  'Mutation.rejectPickupNotice': [DISPATCHER],
  // Department administration and warehouse orders
  'Query.attendanceSummary': ADMIN_READERS,
  // Anyone reads their own attendance (no staffId = the caller); others' is for ADMIN_READERS.
  'Query.attendanceRecords': { access: ANY_AUTHENTICATED, args: () => ({ month: '2026-10' }) },
  'Query.violations': ANY_AUTHENTICATED,
  'Query.payrollSummary': ADMIN_READERS,
  'Query.workloadReport': ADMIN_READERS,
  'Query.monthlyRevenueReport': ADMIN_READERS,
  'Query.warehouseOrders': [...ADMIN_READERS, ORDER_CLERK],
  // Also the head of WAREHOUSE (by the department_head table, not a role): see the warehouse-order tests.
  'Query.orderSheets': [...ADMIN_READERS, ORDER_CLERK],
  'Mutation.recordAttendance': ADMIN_READERS,
  'Mutation.recordViolation': LEADERS,
  'Mutation.recordWarehouseOrder': [ORDER_CLERK],
  'Mutation.verifyWarehouseOrder': [ORDER_CLERK],
  'Mutation.sendOrderSheetToWarehouse': [ORDER_CLERK],
  // The director's rulebook: targets, complaints, market intelligence, ranking
  'Mutation.setSalesTarget': LEADERS,
  'Query.targetAchievement': [...ADMIN_READERS, SALESPERSON],
  'Query.salesTargetChanges': LEADERS,
  'Query.complaints': ANY_AUTHENTICATED,
  'Mutation.recordComplaint': ANY_AUTHENTICATED,
  'Mutation.assignComplaint': LEADERS,
  // Only the handler resolves, and the handler or a leader links the follow-up (row checks in the service).
  'Mutation.resolveComplaint': ANY_AUTHENTICATED,
  'Mutation.linkComplaintFollowUp': ANY_AUTHENTICATED,
  'Query.marketIntelligence': [...ADMIN_READERS, SALESPERSON],
  'Query.marketIntelligenceSummary': ADMIN_READERS,
  'Mutation.recordMarketIntelligence': CUSTOMER_HANDLERS,
  'Query.performanceRanking': [...ADMIN_READERS, SALESPERSON],
  'Query.rankingWeights': [...ADMIN_READERS, SALESPERSON],
  'Mutation.setRankingWeights': [DIRECTOR],
};

const ROLES = Object.values(Role);

let app: TestApp;
const callers = new Map<Role, Caller>();
beforeAll(async () => {
  app = await TestApp.start();
  for (const role of ROLES) callers.set(role, await app.staff(role));
  await app.server.services.staff.create(null, {
    name: 'Walk Login',
    email: LOGIN_EMAIL,
    password: LOGIN_PASSWORD,
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  });
});
afterAll(() => app.stop());

/** Rows in every table: a denied mutation must leave this unchanged. */
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const entity of entities) {
    const meta = app.db.getMetadata(entity);
    out[meta.tableName] = await app.db.getRepository(entity).count();
  }
  return out;
}

describe('the authorization walk', () => {
  it('has an entry for every root field, and none for a field that is gone', async () => {
    const schema = await buildAppSchema();
    const keys = rootFields(schema).map((f) => f.key);
    expect(keys.filter((k) => !(k in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('lets exactly the expected callers through each root field, and a denied call writes nothing', async () => {
    const schema = await buildAppSchema();
    const mismatches: string[] = [];
    for (const { key, root, field } of rootFields(schema)) {
      if (!(key in EXPECTED)) continue;
      const entry = entryOf(EXPECTED[key]);
      const { query, variables } = buildCall(root, field, entry.args ? await entry.args() : {});
      const before = root === 'Mutation' ? await rowCounts() : undefined;
      for (const role of [null, ...ROLES]) {
        if (allows(entry.access, role)) continue;
        const result = await app.exec(query, variables, role ? callers.get(role)! : null);
        const codes = errorCodes(result);
        const expected = role ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        const value = (result.data as Record<string, unknown> | null | undefined)?.[field.name];
        if (!codes.includes(expected) || (value !== null && value !== undefined)) {
          mismatches.push(`${key} as ${role ?? 'nobody'}: expected ${expected}, got ${JSON.stringify(codes)}`);
        }
      }
      if (before) {
        const after = await rowCounts();
        if (JSON.stringify(after) !== JSON.stringify(before))
          mismatches.push(`${key}: a denied call wrote ${JSON.stringify({ before, after })}`);
      }
      for (const role of [null, ...ROLES]) {
        if (!allows(entry.access, role)) continue;
        const result = await app.exec(query, variables, role ? callers.get(role)! : null);
        const codes = errorCodes(result);
        if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED')) {
          mismatches.push(`${key} as ${role ?? 'nobody'}: expected allowed, got ${JSON.stringify(codes)}`);
        }
      }
      // An allowed logout (or password change) ends the walking callers' tokens: make them valid again.
      if (root === 'Mutation') await app.db.query('UPDATE staff SET tokenVersion = 0 WHERE tokenVersion <> 0');
    }
    expect(mismatches).toEqual([]);
    // The whole API, every role, row counts around each denied mutation: a minute is not enough on a busy MariaDB.
  }, 300_000);
});
