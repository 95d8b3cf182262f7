/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApprovalsTestRequest on ApprovalRequest { id kind status requester { id } decidedBy { id } note newRate oldRate amount promisedDate method departments }\n": typeof types.ApprovalsTestRequestFragmentDoc,
    "mutation ApprovalsTestApprove($id: ID!) { approveRequest(id: $id, note: \"ok\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestApproveDocument,
    "mutation ApprovalsTestReject($id: ID!, $note: String!) { rejectRequest(id: $id, note: $note) { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestRejectDocument,
    "mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") { r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestRateDocument,
    "mutation ApprovalsTestFree($c: ID!) { r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestFreeDocument,
    "mutation ApprovalsTestSettlement($c: ID!) { r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestSettlementDocument,
    "mutation ApprovalsTestArrears($c: ID!) { r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: \"2026-12-31\", reason: \"cash flow\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestArrearsDocument,
    "mutation ApprovalsTestDeduction($c: ID!) { r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestDeductionDocument,
    "mutation ApprovalsTestSpecial($c: ID!) { r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) { ...ApprovalsTestRequest } }": typeof types.ApprovalsTestSpecialDocument,
    "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(maxManagerRateCutPercent: $cut, maxManagerArrearsAmount: $arrears, maxManagerDeductionAmount: $deduction) { maxManagerRateCutPercent maxManagerArrearsAmount }\n  }\n": typeof types.ApprovalsTestSetPolicyDocument,
    "query ApprovalsTestPolicy { approvalPolicy { maxManagerRateCutPercent maxManagerArrearsAmount maxManagerDeductionAmount } }": typeof types.ApprovalsTestPolicyDocument,
    "mutation ApprovalsTestVoid($id: ID!) { voidStatement(id: $id, reason: \"rate changed\") { id } }": typeof types.ApprovalsTestVoidDocument,
    "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) { createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) { id method } }\n": typeof types.ApprovalsTestNoticeDocument,
    "mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) { signOperationNotice(id: $id, department: $d) { status } }": typeof types.ApprovalsTestSignNoticeDocument,
    "query ApprovalsTestConsents { arrearsConsents { id amount promisedDate status handler { id } customer { id } signatures { department signer { id } } } }": typeof types.ApprovalsTestConsentsDocument,
    "mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { status } }": typeof types.ApprovalsTestSignConsentDocument,
    "mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) { signLiaisonForm(requestId: $id, department: $d) { formStatus signatures { department signedAt } } }": typeof types.ApprovalsTestSignLiaisonDocument,
    "query ApprovalsTestSpecialList { approvalRequests(first: 100, kind: SPECIAL_OPERATION) { edges { node { id } } } }": typeof types.ApprovalsTestSpecialListDocument,
    "query ApprovalsTestOne($id: ID!) { approvalRequest(id: $id) { id } }": typeof types.ApprovalsTestOneDocument,
    "query ApprovalsTestMine { approvalRequests(first: 100) { edges { node { requester { id } } } } }": typeof types.ApprovalsTestMineDocument,
    "query ApprovalsTestBy($r: ID) { approvalRequests(requesterId: $r, kind: RATE_CHANGE) { totalCount } }": typeof types.ApprovalsTestByDocument,
    "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id date status falseVisitId staff { id name } recordedBy { id } }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) { id date status falseVisitId recordedBy { id } }\n  }\n": typeof types.AttendanceRecordsDocument,
    "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } month present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n": typeof types.AttendanceSummaryDocument,
    "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": typeof types.AttendanceAuditDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt staff { id email roles } }\n  }\n": typeof types.LoginDocument,
    "query Me { me { id name roles department active } }": typeof types.MeDocument,
    "query StaffMembers($role: Role) { staffMembers(role: $role) { id roles } }": typeof types.StaffMembersDocument,
    "query IdPolicyStatement($id: ID!) { statement(id: $id) { id } }": typeof types.IdPolicyStatementDocument,
    "query IdPolicyApprovalRequest($id: ID!) { approvalRequest(id: $id) { id } }": typeof types.IdPolicyApprovalRequestDocument,
    "query IdPolicyCustomer($id: ID!) { customer(id: $id) { id } }": typeof types.IdPolicyCustomerDocument,
    "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) { id }\n  }\n": typeof types.IdPolicyIssueStatementDocument,
    "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $customerId, amount: \"10.00\", receivedOn: $on, reference: \"bank 1\", idempotencyKey: $key) { id }\n  }\n": typeof types.IdPolicyRecordPaymentDocument,
    "\n  mutation IdPolicyRateChange($customerId: ID!) { requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") { id } }\n": typeof types.IdPolicyRateChangeDocument,
    "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) { createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) { id } }\n": typeof types.IdPolicyPickupDocument,
    "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) { reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") { id } }\n": typeof types.IdPolicyReassignDocument,
    "mutation IdPolicyApprove($id: ID!) { approveRequest(id: $id) { id } }": typeof types.IdPolicyApproveDocument,
    "mutation IdPolicyInvoice($id: ID!) { issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") { id } }": typeof types.IdPolicyInvoiceDocument,
    "mutation IdPolicyUnlock($staffId: ID!) { unlockStaff(staffId: $staffId) { id } }": typeof types.IdPolicyUnlockDocument,
    "mutation IdPolicySendSheet($ids: [ID!]!) { sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") { id } }": typeof types.IdPolicySendSheetDocument,
    "query IdPolicyStatements($customerId: ID) { statements(customerId: $customerId) { totalCount } }": typeof types.IdPolicyStatementsDocument,
    "query IdPolicyOrders($customerId: ID) { warehouseOrders(customerId: $customerId) { totalCount } }": typeof types.IdPolicyOrdersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name email roles department active }\n  }\n": typeof types.CreateStaffDocument,
    "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { totalCount edges { node { action summary actor { id } } } }\n  }\n": typeof types.AuditForDocument,
    "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) { staff { id name } daysPresent leave unexcusedAbsences fines compensation }\n    attendanceSummary(month: $month) { staff { id } recordedDays }\n    violations(month: $month) { id kind }\n  }\n": typeof types.DemoAdministrationReportsDocument,
    "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) { totalCount }\n  }\n": typeof types.DemoWarehouseOrdersDocument,
    "\n  query DemoOrderSheets {\n    orderSheets { totalCount edges { node { placedAt orders { status } } } }\n  }\n": typeof types.DemoOrderSheetsDocument,
    "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id }\n  }\n": typeof types.PayrollRecordAttendanceDocument,
    "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id fine compensation }\n  }\n": typeof types.PayrollRecordViolationDocument,
    "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff { id name } month daysPresent businessTripDays leave sickDays unexcusedAbsences absencesFromFalseVisitReports\n      violations fines compensation totalDeductions\n    }\n  }\n": typeof types.PayrollSummaryDocument,
    "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n": typeof types.PayrollAttendanceSummaryDocument,
    "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) { id amount customer { balance } }\n  }\n": typeof types.PaymentsTestPayDocument,
    "query PaymentsTestOutstanding($c: ID) { receivables(filter: { customerId: $c }) { edges { node { statement { id } outstanding settled } } } }": typeof types.PaymentsTestOutstandingDocument,
    "mutation PaymentsTestPickup($c: ID!) { createPickupNotice(customerId: $c, pickupDate: \"2026-12-01\", goods: \"20 箱电子元件\") { id status } }": typeof types.PaymentsTestPickupDocument,
    "mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") { id } }": typeof types.PaymentsTestArrearsDocument,
    "mutation PaymentsTestApprove($id: ID!) { approveRequest(id: $id) { id } }": typeof types.PaymentsTestApproveDocument,
    "mutation PaymentsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }": typeof types.PaymentsTestSignConsentDocument,
    "mutation PaymentsTestSignPickup($id: ID!) { signPickupNotice(id: $id) { status } }": typeof types.PaymentsTestSignPickupDocument,
    "mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) { rejectPickupNotice(id: $id, reason: $reason) { status } }": typeof types.PaymentsTestRejectPickupDocument,
    "mutation RulesTestApprove($id: ID!) { approveRequest(id: $id) { status } }": typeof types.RulesTestApproveDocument,
    "mutation RulesTestDeduction($c: ID!) { requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") { id } }": typeof types.RulesTestDeductionDocument,
    "mutation RulesTestVoid($id: ID!) { voidStatement(id: $id, reason: \"redo\") { id } }": typeof types.RulesTestVoidDocument,
    "mutation RulesTestFree($c: ID!) { requestFreeShipment(consignmentId: $c, reason: \"goodwill\") { id } }": typeof types.RulesTestFreeDocument,
    "mutation RulesTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") { id } }": typeof types.RulesTestArrearsDocument,
    "query RulesTestOverdue { arrearsConsents(overdue: true) { customer { id } handler { id name } unpaidAmount } }": typeof types.RulesTestOverdueDocument,
    "query RulesTestConsents { arrearsConsents { customer { id } unpaidAmount } }": typeof types.RulesTestConsentsDocument,
    "mutation RulesTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }": typeof types.RulesTestSignConsentDocument,
    "query RulesTestBalance($c: ID!) { customer(id: $c) { balance } }": typeof types.RulesTestBalanceDocument,
    "query RulesTestReceivables($f: ReceivableFilter) { receivables(filter: $f) { totalCount edges { node { dueDate overdue settled outstanding } } } }": typeof types.RulesTestReceivablesDocument,
    "mutation StatementsTestRecord($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id } }": typeof types.StatementsTestRecordDocument,
    "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) { id areaSquareMeters }\n  }\n": typeof types.StatementsTestOccupancyDocument,
    "query StatementsTestNotices($c: ID) { storageAreaNotices(customerId: $c) { message customer { id } } }": typeof types.StatementsTestNoticesDocument,
    "mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) { issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id } }": typeof types.StatementsTestIssueDocument,
    "mutation StatementsTestVoid($id: ID!, $r: String!) { voidStatement(id: $id, reason: $r) { status voidReason } }": typeof types.StatementsTestVoidDocument,
    "mutation StatementsTestConfirm($id: ID!, $by: String!) { confirmStatement(id: $id, confirmedBy: $by) { id } }": typeof types.StatementsTestConfirmDocument,
    "mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) { issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) { id invoiceNo amount } }": typeof types.StatementsTestInvoiceDocument,
    "query StatementsTestList($c: ID) { statements(customerId: $c) { totalCount edges { node { total customer { id } } } } }": typeof types.StatementsTestListDocument,
    "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id freight rate total shippedOn } }\n": typeof types.FactoryRecordConsignmentDocument,
    "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id status total lines { kind description amount } }\n  }\n": typeof types.FactoryIssueStatementDocument,
    "\n  mutation FactoryConfirmStatement($id: ID!) { confirmStatement(id: $id, confirmedBy: \"客户 王先生\") { id status dueDate total confirmedBy } }\n": typeof types.FactoryConfirmStatementDocument,
    "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) { id amount receivedOn reference }\n  }\n": typeof types.FactoryRecordPaymentDocument,
    "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id staff { id name } kind fine compensation occurredOn description recordedBy { id } }\n  }\n": typeof types.RecordViolationDocument,
    "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) { id staff { id } kind fine compensation occurredOn }\n  }\n": typeof types.ViolationsDocument,
    "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": typeof types.ViolationAuditDocument,
    "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id orderNo deliveryNoteNo consignee orderDate items notes status verificationNote verifiedBy { id } sheet { id }\n      customer { id name } recordedBy { id }\n    }\n  }\n": typeof types.RecordWarehouseOrderDocument,
    "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) { id status verificationNote verifiedAt verifiedBy { id } }\n  }\n": typeof types.VerifyWarehouseOrderDocument,
    "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id placedAt sentOn customer { id name } sentBy { id } consignees orders { id orderNo status sheet { id } }\n    }\n  }\n": typeof types.SendOrderSheetDocument,
    "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id orderNo status verificationNote customer { id } } }\n    }\n  }\n": typeof types.WarehouseOrdersDocument,
    "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount edges { node { id placedAt sentOn customer { id } consignees orders { orderNo } } }\n    }\n  }\n": typeof types.OrderSheetsDocument,
    "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": typeof types.SheetAuditDocument,
};
const documents: Documents = {
    "\n  fragment ApprovalsTestRequest on ApprovalRequest { id kind status requester { id } decidedBy { id } note newRate oldRate amount promisedDate method departments }\n": types.ApprovalsTestRequestFragmentDoc,
    "mutation ApprovalsTestApprove($id: ID!) { approveRequest(id: $id, note: \"ok\") { ...ApprovalsTestRequest } }": types.ApprovalsTestApproveDocument,
    "mutation ApprovalsTestReject($id: ID!, $note: String!) { rejectRequest(id: $id, note: $note) { ...ApprovalsTestRequest } }": types.ApprovalsTestRejectDocument,
    "mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") { r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") { ...ApprovalsTestRequest } }": types.ApprovalsTestRateDocument,
    "mutation ApprovalsTestFree($c: ID!) { r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") { ...ApprovalsTestRequest } }": types.ApprovalsTestFreeDocument,
    "mutation ApprovalsTestSettlement($c: ID!) { r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") { ...ApprovalsTestRequest } }": types.ApprovalsTestSettlementDocument,
    "mutation ApprovalsTestArrears($c: ID!) { r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: \"2026-12-31\", reason: \"cash flow\") { ...ApprovalsTestRequest } }": types.ApprovalsTestArrearsDocument,
    "mutation ApprovalsTestDeduction($c: ID!) { r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") { ...ApprovalsTestRequest } }": types.ApprovalsTestDeductionDocument,
    "mutation ApprovalsTestSpecial($c: ID!) { r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) { ...ApprovalsTestRequest } }": types.ApprovalsTestSpecialDocument,
    "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(maxManagerRateCutPercent: $cut, maxManagerArrearsAmount: $arrears, maxManagerDeductionAmount: $deduction) { maxManagerRateCutPercent maxManagerArrearsAmount }\n  }\n": types.ApprovalsTestSetPolicyDocument,
    "query ApprovalsTestPolicy { approvalPolicy { maxManagerRateCutPercent maxManagerArrearsAmount maxManagerDeductionAmount } }": types.ApprovalsTestPolicyDocument,
    "mutation ApprovalsTestVoid($id: ID!) { voidStatement(id: $id, reason: \"rate changed\") { id } }": types.ApprovalsTestVoidDocument,
    "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) { createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) { id method } }\n": types.ApprovalsTestNoticeDocument,
    "mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) { signOperationNotice(id: $id, department: $d) { status } }": types.ApprovalsTestSignNoticeDocument,
    "query ApprovalsTestConsents { arrearsConsents { id amount promisedDate status handler { id } customer { id } signatures { department signer { id } } } }": types.ApprovalsTestConsentsDocument,
    "mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { status } }": types.ApprovalsTestSignConsentDocument,
    "mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) { signLiaisonForm(requestId: $id, department: $d) { formStatus signatures { department signedAt } } }": types.ApprovalsTestSignLiaisonDocument,
    "query ApprovalsTestSpecialList { approvalRequests(first: 100, kind: SPECIAL_OPERATION) { edges { node { id } } } }": types.ApprovalsTestSpecialListDocument,
    "query ApprovalsTestOne($id: ID!) { approvalRequest(id: $id) { id } }": types.ApprovalsTestOneDocument,
    "query ApprovalsTestMine { approvalRequests(first: 100) { edges { node { requester { id } } } } }": types.ApprovalsTestMineDocument,
    "query ApprovalsTestBy($r: ID) { approvalRequests(requesterId: $r, kind: RATE_CHANGE) { totalCount } }": types.ApprovalsTestByDocument,
    "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id date status falseVisitId staff { id name } recordedBy { id } }\n  }\n": types.RecordAttendanceDocument,
    "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) { id date status falseVisitId recordedBy { id } }\n  }\n": types.AttendanceRecordsDocument,
    "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } month present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n": types.AttendanceSummaryDocument,
    "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": types.AttendanceAuditDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt staff { id email roles } }\n  }\n": types.LoginDocument,
    "query Me { me { id name roles department active } }": types.MeDocument,
    "query StaffMembers($role: Role) { staffMembers(role: $role) { id roles } }": types.StaffMembersDocument,
    "query IdPolicyStatement($id: ID!) { statement(id: $id) { id } }": types.IdPolicyStatementDocument,
    "query IdPolicyApprovalRequest($id: ID!) { approvalRequest(id: $id) { id } }": types.IdPolicyApprovalRequestDocument,
    "query IdPolicyCustomer($id: ID!) { customer(id: $id) { id } }": types.IdPolicyCustomerDocument,
    "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) { id }\n  }\n": types.IdPolicyIssueStatementDocument,
    "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $customerId, amount: \"10.00\", receivedOn: $on, reference: \"bank 1\", idempotencyKey: $key) { id }\n  }\n": types.IdPolicyRecordPaymentDocument,
    "\n  mutation IdPolicyRateChange($customerId: ID!) { requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") { id } }\n": types.IdPolicyRateChangeDocument,
    "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) { createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) { id } }\n": types.IdPolicyPickupDocument,
    "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) { reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") { id } }\n": types.IdPolicyReassignDocument,
    "mutation IdPolicyApprove($id: ID!) { approveRequest(id: $id) { id } }": types.IdPolicyApproveDocument,
    "mutation IdPolicyInvoice($id: ID!) { issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") { id } }": types.IdPolicyInvoiceDocument,
    "mutation IdPolicyUnlock($staffId: ID!) { unlockStaff(staffId: $staffId) { id } }": types.IdPolicyUnlockDocument,
    "mutation IdPolicySendSheet($ids: [ID!]!) { sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") { id } }": types.IdPolicySendSheetDocument,
    "query IdPolicyStatements($customerId: ID) { statements(customerId: $customerId) { totalCount } }": types.IdPolicyStatementsDocument,
    "query IdPolicyOrders($customerId: ID) { warehouseOrders(customerId: $customerId) { totalCount } }": types.IdPolicyOrdersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name email roles department active }\n  }\n": types.CreateStaffDocument,
    "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { totalCount edges { node { action summary actor { id } } } }\n  }\n": types.AuditForDocument,
    "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) { staff { id name } daysPresent leave unexcusedAbsences fines compensation }\n    attendanceSummary(month: $month) { staff { id } recordedDays }\n    violations(month: $month) { id kind }\n  }\n": types.DemoAdministrationReportsDocument,
    "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) { totalCount }\n  }\n": types.DemoWarehouseOrdersDocument,
    "\n  query DemoOrderSheets {\n    orderSheets { totalCount edges { node { placedAt orders { status } } } }\n  }\n": types.DemoOrderSheetsDocument,
    "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id }\n  }\n": types.PayrollRecordAttendanceDocument,
    "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id fine compensation }\n  }\n": types.PayrollRecordViolationDocument,
    "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff { id name } month daysPresent businessTripDays leave sickDays unexcusedAbsences absencesFromFalseVisitReports\n      violations fines compensation totalDeductions\n    }\n  }\n": types.PayrollSummaryDocument,
    "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n": types.PayrollAttendanceSummaryDocument,
    "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) { id amount customer { balance } }\n  }\n": types.PaymentsTestPayDocument,
    "query PaymentsTestOutstanding($c: ID) { receivables(filter: { customerId: $c }) { edges { node { statement { id } outstanding settled } } } }": types.PaymentsTestOutstandingDocument,
    "mutation PaymentsTestPickup($c: ID!) { createPickupNotice(customerId: $c, pickupDate: \"2026-12-01\", goods: \"20 箱电子元件\") { id status } }": types.PaymentsTestPickupDocument,
    "mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") { id } }": types.PaymentsTestArrearsDocument,
    "mutation PaymentsTestApprove($id: ID!) { approveRequest(id: $id) { id } }": types.PaymentsTestApproveDocument,
    "mutation PaymentsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }": types.PaymentsTestSignConsentDocument,
    "mutation PaymentsTestSignPickup($id: ID!) { signPickupNotice(id: $id) { status } }": types.PaymentsTestSignPickupDocument,
    "mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) { rejectPickupNotice(id: $id, reason: $reason) { status } }": types.PaymentsTestRejectPickupDocument,
    "mutation RulesTestApprove($id: ID!) { approveRequest(id: $id) { status } }": types.RulesTestApproveDocument,
    "mutation RulesTestDeduction($c: ID!) { requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") { id } }": types.RulesTestDeductionDocument,
    "mutation RulesTestVoid($id: ID!) { voidStatement(id: $id, reason: \"redo\") { id } }": types.RulesTestVoidDocument,
    "mutation RulesTestFree($c: ID!) { requestFreeShipment(consignmentId: $c, reason: \"goodwill\") { id } }": types.RulesTestFreeDocument,
    "mutation RulesTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") { id } }": types.RulesTestArrearsDocument,
    "query RulesTestOverdue { arrearsConsents(overdue: true) { customer { id } handler { id name } unpaidAmount } }": types.RulesTestOverdueDocument,
    "query RulesTestConsents { arrearsConsents { customer { id } unpaidAmount } }": types.RulesTestConsentsDocument,
    "mutation RulesTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }": types.RulesTestSignConsentDocument,
    "query RulesTestBalance($c: ID!) { customer(id: $c) { balance } }": types.RulesTestBalanceDocument,
    "query RulesTestReceivables($f: ReceivableFilter) { receivables(filter: $f) { totalCount edges { node { dueDate overdue settled outstanding } } } }": types.RulesTestReceivablesDocument,
    "mutation StatementsTestRecord($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id } }": types.StatementsTestRecordDocument,
    "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) { id areaSquareMeters }\n  }\n": types.StatementsTestOccupancyDocument,
    "query StatementsTestNotices($c: ID) { storageAreaNotices(customerId: $c) { message customer { id } } }": types.StatementsTestNoticesDocument,
    "mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) { issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id } }": types.StatementsTestIssueDocument,
    "mutation StatementsTestVoid($id: ID!, $r: String!) { voidStatement(id: $id, reason: $r) { status voidReason } }": types.StatementsTestVoidDocument,
    "mutation StatementsTestConfirm($id: ID!, $by: String!) { confirmStatement(id: $id, confirmedBy: $by) { id } }": types.StatementsTestConfirmDocument,
    "mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) { issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) { id invoiceNo amount } }": types.StatementsTestInvoiceDocument,
    "query StatementsTestList($c: ID) { statements(customerId: $c) { totalCount edges { node { total customer { id } } } } }": types.StatementsTestListDocument,
    "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id freight rate total shippedOn } }\n": types.FactoryRecordConsignmentDocument,
    "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id status total lines { kind description amount } }\n  }\n": types.FactoryIssueStatementDocument,
    "\n  mutation FactoryConfirmStatement($id: ID!) { confirmStatement(id: $id, confirmedBy: \"客户 王先生\") { id status dueDate total confirmedBy } }\n": types.FactoryConfirmStatementDocument,
    "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) { id amount receivedOn reference }\n  }\n": types.FactoryRecordPaymentDocument,
    "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id staff { id name } kind fine compensation occurredOn description recordedBy { id } }\n  }\n": types.RecordViolationDocument,
    "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) { id staff { id } kind fine compensation occurredOn }\n  }\n": types.ViolationsDocument,
    "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": types.ViolationAuditDocument,
    "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id orderNo deliveryNoteNo consignee orderDate items notes status verificationNote verifiedBy { id } sheet { id }\n      customer { id name } recordedBy { id }\n    }\n  }\n": types.RecordWarehouseOrderDocument,
    "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) { id status verificationNote verifiedAt verifiedBy { id } }\n  }\n": types.VerifyWarehouseOrderDocument,
    "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id placedAt sentOn customer { id name } sentBy { id } consignees orders { id orderNo status sheet { id } }\n    }\n  }\n": types.SendOrderSheetDocument,
    "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id orderNo status verificationNote customer { id } } }\n    }\n  }\n": types.WarehouseOrdersDocument,
    "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount edges { node { id placedAt sentOn customer { id } consignees orders { orderNo } } }\n    }\n  }\n": types.OrderSheetsDocument,
    "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n": types.SheetAuditDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalsTestRequest on ApprovalRequest { id kind status requester { id } decidedBy { id } note newRate oldRate amount promisedDate method departments }\n"): (typeof documents)["\n  fragment ApprovalsTestRequest on ApprovalRequest { id kind status requester { id } decidedBy { id } note newRate oldRate amount promisedDate method departments }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestApprove($id: ID!) { approveRequest(id: $id, note: \"ok\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestApprove($id: ID!) { approveRequest(id: $id, note: \"ok\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestReject($id: ID!, $note: String!) { rejectRequest(id: $id, note: $note) { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestReject($id: ID!, $note: String!) { rejectRequest(id: $id, note: $note) { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") { r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") { r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestFree($c: ID!) { r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestFree($c: ID!) { r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestSettlement($c: ID!) { r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestSettlement($c: ID!) { r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestArrears($c: ID!) { r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: \"2026-12-31\", reason: \"cash flow\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestArrears($c: ID!) { r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: \"2026-12-31\", reason: \"cash flow\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestDeduction($c: ID!) { r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestDeduction($c: ID!) { r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestSpecial($c: ID!) { r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) { ...ApprovalsTestRequest } }"): (typeof documents)["mutation ApprovalsTestSpecial($c: ID!) { r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) { ...ApprovalsTestRequest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(maxManagerRateCutPercent: $cut, maxManagerArrearsAmount: $arrears, maxManagerDeductionAmount: $deduction) { maxManagerRateCutPercent maxManagerArrearsAmount }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(maxManagerRateCutPercent: $cut, maxManagerArrearsAmount: $arrears, maxManagerDeductionAmount: $deduction) { maxManagerRateCutPercent maxManagerArrearsAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestPolicy { approvalPolicy { maxManagerRateCutPercent maxManagerArrearsAmount maxManagerDeductionAmount } }"): (typeof documents)["query ApprovalsTestPolicy { approvalPolicy { maxManagerRateCutPercent maxManagerArrearsAmount maxManagerDeductionAmount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestVoid($id: ID!) { voidStatement(id: $id, reason: \"rate changed\") { id } }"): (typeof documents)["mutation ApprovalsTestVoid($id: ID!) { voidStatement(id: $id, reason: \"rate changed\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) { createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) { id method } }\n"): (typeof documents)["\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) { createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) { id method } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) { signOperationNotice(id: $id, department: $d) { status } }"): (typeof documents)["mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) { signOperationNotice(id: $id, department: $d) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestConsents { arrearsConsents { id amount promisedDate status handler { id } customer { id } signatures { department signer { id } } } }"): (typeof documents)["query ApprovalsTestConsents { arrearsConsents { id amount promisedDate status handler { id } customer { id } signatures { department signer { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { status } }"): (typeof documents)["mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) { signLiaisonForm(requestId: $id, department: $d) { formStatus signatures { department signedAt } } }"): (typeof documents)["mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) { signLiaisonForm(requestId: $id, department: $d) { formStatus signatures { department signedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestSpecialList { approvalRequests(first: 100, kind: SPECIAL_OPERATION) { edges { node { id } } } }"): (typeof documents)["query ApprovalsTestSpecialList { approvalRequests(first: 100, kind: SPECIAL_OPERATION) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestOne($id: ID!) { approvalRequest(id: $id) { id } }"): (typeof documents)["query ApprovalsTestOne($id: ID!) { approvalRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestMine { approvalRequests(first: 100) { edges { node { requester { id } } } } }"): (typeof documents)["query ApprovalsTestMine { approvalRequests(first: 100) { edges { node { requester { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalsTestBy($r: ID) { approvalRequests(requesterId: $r, kind: RATE_CHANGE) { totalCount } }"): (typeof documents)["query ApprovalsTestBy($r: ID) { approvalRequests(requesterId: $r, kind: RATE_CHANGE) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id date status falseVisitId staff { id name } recordedBy { id } }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id date status falseVisitId staff { id name } recordedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) { id date status falseVisitId recordedBy { id } }\n  }\n"): (typeof documents)["\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) { id date status falseVisitId recordedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } month present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n"): (typeof documents)["\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } month present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"): (typeof documents)["\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt staff { id email roles } }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token expiresAt staff { id email roles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id name roles department active } }"): (typeof documents)["query Me { me { id name roles department active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffMembers($role: Role) { staffMembers(role: $role) { id roles } }"): (typeof documents)["query StaffMembers($role: Role) { staffMembers(role: $role) { id roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdPolicyStatement($id: ID!) { statement(id: $id) { id } }"): (typeof documents)["query IdPolicyStatement($id: ID!) { statement(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdPolicyApprovalRequest($id: ID!) { approvalRequest(id: $id) { id } }"): (typeof documents)["query IdPolicyApprovalRequest($id: ID!) { approvalRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdPolicyCustomer($id: ID!) { customer(id: $id) { id } }"): (typeof documents)["query IdPolicyCustomer($id: ID!) { customer(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) { id }\n  }\n"): (typeof documents)["\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $customerId, amount: \"10.00\", receivedOn: $on, reference: \"bank 1\", idempotencyKey: $key) { id }\n  }\n"): (typeof documents)["\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $customerId, amount: \"10.00\", receivedOn: $on, reference: \"bank 1\", idempotencyKey: $key) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyRateChange($customerId: ID!) { requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") { id } }\n"): (typeof documents)["\n  mutation IdPolicyRateChange($customerId: ID!) { requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) { createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) { id } }\n"): (typeof documents)["\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) { createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) { reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") { id } }\n"): (typeof documents)["\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) { reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdPolicyApprove($id: ID!) { approveRequest(id: $id) { id } }"): (typeof documents)["mutation IdPolicyApprove($id: ID!) { approveRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdPolicyInvoice($id: ID!) { issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") { id } }"): (typeof documents)["mutation IdPolicyInvoice($id: ID!) { issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdPolicyUnlock($staffId: ID!) { unlockStaff(staffId: $staffId) { id } }"): (typeof documents)["mutation IdPolicyUnlock($staffId: ID!) { unlockStaff(staffId: $staffId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdPolicySendSheet($ids: [ID!]!) { sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") { id } }"): (typeof documents)["mutation IdPolicySendSheet($ids: [ID!]!) { sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdPolicyStatements($customerId: ID) { statements(customerId: $customerId) { totalCount } }"): (typeof documents)["query IdPolicyStatements($customerId: ID) { statements(customerId: $customerId) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdPolicyOrders($customerId: ID) { warehouseOrders(customerId: $customerId) { totalCount } }"): (typeof documents)["query IdPolicyOrders($customerId: ID) { warehouseOrders(customerId: $customerId) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name email roles department active }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) { id name email roles department active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { totalCount edges { node { action summary actor { id } } } }\n  }\n"): (typeof documents)["\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { totalCount edges { node { action summary actor { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) { staff { id name } daysPresent leave unexcusedAbsences fines compensation }\n    attendanceSummary(month: $month) { staff { id } recordedDays }\n    violations(month: $month) { id kind }\n  }\n"): (typeof documents)["\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) { staff { id name } daysPresent leave unexcusedAbsences fines compensation }\n    attendanceSummary(month: $month) { staff { id } recordedDays }\n    violations(month: $month) { id kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) { totalCount }\n  }\n"): (typeof documents)["\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoOrderSheets {\n    orderSheets { totalCount edges { node { placedAt orders { status } } } }\n  }\n"): (typeof documents)["\n  query DemoOrderSheets {\n    orderSheets { totalCount edges { node { placedAt orders { status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id }\n  }\n"): (typeof documents)["\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id fine compensation }\n  }\n"): (typeof documents)["\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id fine compensation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff { id name } month daysPresent businessTripDays leave sickDays unexcusedAbsences absencesFromFalseVisitReports\n      violations fines compensation totalDeductions\n    }\n  }\n"): (typeof documents)["\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff { id name } month daysPresent businessTripDays leave sickDays unexcusedAbsences absencesFromFalseVisitReports\n      violations fines compensation totalDeductions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n"): (typeof documents)["\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) { staff { id } present leave sick businessTrip unexcusedAbsences fromFalseVisitReports recordedDays }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) { id amount customer { balance } }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) { id amount customer { balance } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentsTestOutstanding($c: ID) { receivables(filter: { customerId: $c }) { edges { node { statement { id } outstanding settled } } } }"): (typeof documents)["query PaymentsTestOutstanding($c: ID) { receivables(filter: { customerId: $c }) { edges { node { statement { id } outstanding settled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestPickup($c: ID!) { createPickupNotice(customerId: $c, pickupDate: \"2026-12-01\", goods: \"20 箱电子元件\") { id status } }"): (typeof documents)["mutation PaymentsTestPickup($c: ID!) { createPickupNotice(customerId: $c, pickupDate: \"2026-12-01\", goods: \"20 箱电子元件\") { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") { id } }"): (typeof documents)["mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestApprove($id: ID!) { approveRequest(id: $id) { id } }"): (typeof documents)["mutation PaymentsTestApprove($id: ID!) { approveRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }"): (typeof documents)["mutation PaymentsTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestSignPickup($id: ID!) { signPickupNotice(id: $id) { status } }"): (typeof documents)["mutation PaymentsTestSignPickup($id: ID!) { signPickupNotice(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) { rejectPickupNotice(id: $id, reason: $reason) { status } }"): (typeof documents)["mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) { rejectPickupNotice(id: $id, reason: $reason) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestApprove($id: ID!) { approveRequest(id: $id) { status } }"): (typeof documents)["mutation RulesTestApprove($id: ID!) { approveRequest(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestDeduction($c: ID!) { requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") { id } }"): (typeof documents)["mutation RulesTestDeduction($c: ID!) { requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestVoid($id: ID!) { voidStatement(id: $id, reason: \"redo\") { id } }"): (typeof documents)["mutation RulesTestVoid($id: ID!) { voidStatement(id: $id, reason: \"redo\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestFree($c: ID!) { requestFreeShipment(consignmentId: $c, reason: \"goodwill\") { id } }"): (typeof documents)["mutation RulesTestFree($c: ID!) { requestFreeShipment(consignmentId: $c, reason: \"goodwill\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") { id } }"): (typeof documents)["mutation RulesTestArrears($c: ID!, $d: LocalDate!) { requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesTestOverdue { arrearsConsents(overdue: true) { customer { id } handler { id name } unpaidAmount } }"): (typeof documents)["query RulesTestOverdue { arrearsConsents(overdue: true) { customer { id } handler { id name } unpaidAmount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesTestConsents { arrearsConsents { customer { id } unpaidAmount } }"): (typeof documents)["query RulesTestConsents { arrearsConsents { customer { id } unpaidAmount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }"): (typeof documents)["mutation RulesTestSignConsent($id: ID!, $d: Department!) { signArrearsConsent(id: $id, department: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesTestBalance($c: ID!) { customer(id: $c) { balance } }"): (typeof documents)["query RulesTestBalance($c: ID!) { customer(id: $c) { balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesTestReceivables($f: ReceivableFilter) { receivables(filter: $f) { totalCount edges { node { dueDate overdue settled outstanding } } } }"): (typeof documents)["query RulesTestReceivables($f: ReceivableFilter) { receivables(filter: $f) { totalCount edges { node { dueDate overdue settled outstanding } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsTestRecord($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id } }"): (typeof documents)["mutation StatementsTestRecord($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) { id areaSquareMeters }\n  }\n"): (typeof documents)["\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) { id areaSquareMeters }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsTestNotices($c: ID) { storageAreaNotices(customerId: $c) { message customer { id } } }"): (typeof documents)["query StatementsTestNotices($c: ID) { storageAreaNotices(customerId: $c) { message customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) { issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id } }"): (typeof documents)["mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) { issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsTestVoid($id: ID!, $r: String!) { voidStatement(id: $id, reason: $r) { status voidReason } }"): (typeof documents)["mutation StatementsTestVoid($id: ID!, $r: String!) { voidStatement(id: $id, reason: $r) { status voidReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsTestConfirm($id: ID!, $by: String!) { confirmStatement(id: $id, confirmedBy: $by) { id } }"): (typeof documents)["mutation StatementsTestConfirm($id: ID!, $by: String!) { confirmStatement(id: $id, confirmedBy: $by) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) { issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) { id invoiceNo amount } }"): (typeof documents)["mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) { issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) { id invoiceNo amount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsTestList($c: ID) { statements(customerId: $c) { totalCount edges { node { total customer { id } } } } }"): (typeof documents)["query StatementsTestList($c: ID) { statements(customerId: $c) { totalCount edges { node { total customer { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id freight rate total shippedOn } }\n"): (typeof documents)["\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id freight rate total shippedOn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id status total lines { kind description amount } }\n  }\n"): (typeof documents)["\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id status total lines { kind description amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryConfirmStatement($id: ID!) { confirmStatement(id: $id, confirmedBy: \"客户 王先生\") { id status dueDate total confirmedBy } }\n"): (typeof documents)["\n  mutation FactoryConfirmStatement($id: ID!) { confirmStatement(id: $id, confirmedBy: \"客户 王先生\") { id status dueDate total confirmedBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) { id amount receivedOn reference }\n  }\n"): (typeof documents)["\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) { id amount receivedOn reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id staff { id name } kind fine compensation occurredOn description recordedBy { id } }\n  }\n"): (typeof documents)["\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) { id staff { id name } kind fine compensation occurredOn description recordedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) { id staff { id } kind fine compensation occurredOn }\n  }\n"): (typeof documents)["\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) { id staff { id } kind fine compensation occurredOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"): (typeof documents)["\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id orderNo deliveryNoteNo consignee orderDate items notes status verificationNote verifiedBy { id } sheet { id }\n      customer { id name } recordedBy { id }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id orderNo deliveryNoteNo consignee orderDate items notes status verificationNote verifiedBy { id } sheet { id }\n      customer { id name } recordedBy { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) { id status verificationNote verifiedAt verifiedBy { id } }\n  }\n"): (typeof documents)["\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) { id status verificationNote verifiedAt verifiedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id placedAt sentOn customer { id name } sentBy { id } consignees orders { id orderNo status sheet { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id placedAt sentOn customer { id name } sentBy { id } consignees orders { id orderNo status sheet { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id orderNo status verificationNote customer { id } } }\n    }\n  }\n"): (typeof documents)["\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id orderNo status verificationNote customer { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount edges { node { id placedAt sentOn customer { id } consignees orders { orderNo } } }\n    }\n  }\n"): (typeof documents)["\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount edges { node { id placedAt sentOn customer { id } consignees orders { orderNo } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"): (typeof documents)["\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) { edges { node { action summary actor { id } } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;