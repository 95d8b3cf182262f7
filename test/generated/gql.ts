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
    "\n  fragment ApprovalsTestRequest on ApprovalRequest {\n    id\n    kind\n    status\n    requester {\n      id\n    }\n    decidedBy {\n      id\n    }\n    note\n    newRate\n    oldRate\n    amount\n    promisedDate\n    method\n    departments\n  }\n": typeof types.ApprovalsTestRequestFragmentDoc,
    "\n  mutation ApprovalsTestApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestApproveDocument,
    "\n  mutation ApprovalsTestReject($id: ID!, $note: String!) {\n    rejectRequest(id: $id, note: $note) {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestRejectDocument,
    "\n  mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") {\n    r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestRateDocument,
    "\n  mutation ApprovalsTestFree($c: ID!) {\n    r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestFreeDocument,
    "\n  mutation ApprovalsTestSettlement($c: ID!) {\n    r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestSettlementDocument,
    "\n  mutation ApprovalsTestArrears($c: ID!, $d: LocalDate!) {\n    r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: $d, reason: \"cash flow\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestArrearsDocument,
    "\n  mutation ApprovalsTestDeduction($c: ID!) {\n    r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestDeductionDocument,
    "\n  mutation ApprovalsTestSpecial($c: ID!) {\n    r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) {\n      ...ApprovalsTestRequest\n    }\n  }\n": typeof types.ApprovalsTestSpecialDocument,
    "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: $cut\n      maxManagerArrearsAmount: $arrears\n      maxManagerDeductionAmount: $deduction\n    ) {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n    }\n  }\n": typeof types.ApprovalsTestSetPolicyDocument,
    "\n  query ApprovalsTestPolicy {\n    approvalPolicy {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n      maxManagerDeductionAmount\n    }\n  }\n": typeof types.ApprovalsTestPolicyDocument,
    "\n  mutation ApprovalsTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"rate changed\") {\n      id\n    }\n  }\n": typeof types.ApprovalsTestVoidDocument,
    "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) {\n      id\n      method\n    }\n  }\n": typeof types.ApprovalsTestNoticeDocument,
    "\n  mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": typeof types.ApprovalsTestSignNoticeDocument,
    "\n  query ApprovalsTestConsents {\n    arrearsConsents {\n      id\n      amount\n      promisedDate\n      status\n      handler {\n        id\n      }\n      customer {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsTestConsentsDocument,
    "\n  mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n": typeof types.ApprovalsTestSignConsentDocument,
    "\n  mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) {\n    signLiaisonForm(requestId: $id, department: $d) {\n      formStatus\n      signatures {\n        department\n        signedAt\n      }\n    }\n  }\n": typeof types.ApprovalsTestSignLiaisonDocument,
    "\n  query ApprovalsTestSpecialList {\n    approvalRequests(first: 100, kind: SPECIAL_OPERATION) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsTestSpecialListDocument,
    "\n  query ApprovalsTestOne($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.ApprovalsTestOneDocument,
    "\n  query ApprovalsTestMine {\n    approvalRequests(first: 100) {\n      edges {\n        node {\n          requester {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsTestMineDocument,
    "\n  query ApprovalsTestBy($r: ID) {\n    approvalRequests(requesterId: $r, kind: RATE_CHANGE) {\n      totalCount\n    }\n  }\n": typeof types.ApprovalsTestByDocument,
    "\n  mutation DecisionTimeSetPolicy {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: 10\n      maxManagerArrearsAmount: \"500.00\"\n      maxManagerDeductionAmount: \"100.00\"\n    ) {\n      maxManagerRateCutPercent\n    }\n  }\n": typeof types.DecisionTimeSetPolicyDocument,
    "\n  mutation DecisionTimeApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DecisionTimeApproveDocument,
    "\n  mutation DecisionTimeRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"market\") {\n      id\n      oldRate\n    }\n  }\n": typeof types.DecisionTimeRequestRateDocument,
    "\n  mutation DecisionTimeRequestArrears($c: ID!, $a: Money!, $p: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $p, reason: \"cash flow\") {\n      id\n    }\n  }\n": typeof types.DecisionTimeRequestArrearsDocument,
    "\n  mutation DecisionTimeRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"damaged carton, verified\") {\n      id\n    }\n  }\n": typeof types.DecisionTimeRequestDeductionDocument,
    "\n  mutation MutationWalkRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"1.00\", reason: \"r\") {\n      id\n    }\n  }\n": typeof types.MutationWalkRequestRateChangeDocument,
    "\n  mutation MutationWalkRequestFreeShipment($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"r\") {\n      id\n    }\n  }\n": typeof types.MutationWalkRequestFreeShipmentDocument,
    "\n  mutation MutationWalkRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"r\") {\n      id\n    }\n  }\n": typeof types.MutationWalkRequestSettlementChangeDocument,
    "\n  mutation MutationWalkRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"1.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n": typeof types.MutationWalkRequestArrearsDocument,
    "\n  mutation MutationWalkApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.MutationWalkApproveRequestDocument,
    "\n  mutation SignaturesApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.SignaturesApproveRequestDocument,
    "\n  mutation SignaturesRequestSettlementChange($c: ID!, $m: SettlementMethod!) {\n    requestSettlementChange(customerId: $c, method: $m, reason: \"volume\") {\n      id\n    }\n  }\n": typeof types.SignaturesRequestSettlementChangeDocument,
    "\n  mutation SignaturesRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [WAREHOUSE]) {\n      id\n      departments\n    }\n  }\n": typeof types.SignaturesRequestArrearsDocument,
    "\n  mutation SignaturesSignArrearsConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n": typeof types.SignaturesSignArrearsConsentDocument,
    "\n  mutation SignaturesRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n": typeof types.SignaturesRequestArrears2Document,
    "\n  query SignaturesArrearsConsents {\n    arrearsConsents(overdue: true) {\n      id\n      status\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.SignaturesArrearsConsentsDocument,
    "\n  query SignaturesArrearsConsents2 {\n    arrearsConsents(overdue: false) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.SignaturesArrearsConsents2Document,
    "\n  mutation SignaturesRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not yet\") {\n      id\n    }\n  }\n": typeof types.SignaturesRejectRequestDocument,
    "\n  mutation SignaturesRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [DISPATCH]) {\n      id\n      departments\n    }\n  }\n": typeof types.SignaturesRequestSpecialOperationDocument,
    "\n  query SignaturesApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      signatures {\n        department\n      }\n    }\n  }\n": typeof types.SignaturesApprovalRequestDocument,
    "\n  mutation SignaturesRequestArrears3($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"x\", departments: [MARKET]) {\n      id\n      departments\n    }\n  }\n": typeof types.SignaturesRequestArrears3Document,
    "\n  query SignaturesArrearsConsents3 {\n    arrearsConsents {\n      customer {\n        id\n      }\n      signatures {\n        department\n      }\n      request {\n        departments\n      }\n    }\n  }\n": typeof types.SignaturesArrearsConsents3Document,
    "\n  query SignaturesSignoffPolicy {\n    signoffPolicy {\n      formKind\n      departments\n    }\n  }\n": typeof types.SignaturesSignoffPolicyDocument,
    "\n  mutation SignaturesSetSignoffPolicy($k: SignoffFormKind!, $d: [Department!]!) {\n    setSignoffPolicy(formKind: $k, departments: $d) {\n      formKind\n      departments\n    }\n  }\n": typeof types.SignaturesSetSignoffPolicyDocument,
    "\n  mutation SignaturesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      method\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n": typeof types.SignaturesCreateOperationNoticeDocument,
    "\n  mutation SignaturesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": typeof types.SignaturesSignOperationNoticeDocument,
    "\n      mutation SignaturesCreatePickupNotice($c: ID!, $d: LocalDate!) {\n        createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 cartons\") {\n          id\n        }\n      }\n    ": typeof types.SignaturesCreatePickupNoticeDocument,
    "\n  mutation TermsChangeApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TermsChangeApproveRequestDocument,
    "\n  mutation TermsChangeRecordStorageOccupancy($c: ID!, $f: LocalDate!) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: 10, from: $f) {\n      id\n    }\n  }\n": typeof types.TermsChangeRecordStorageOccupancyDocument,
    "\n  mutation TermsChangeBlankReason($c: ID!) {\n    requestTermsChange(customerId: $c, paymentTermDays: 20, reason: \"  \") {\n      id\n    }\n  }\n": typeof types.TermsChangeBlankReasonDocument,
    "\n  mutation TermsChangeApproveOwn($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.TermsChangeApproveOwnDocument,
    "\n  query TermsChangeMutationArgTypes {\n    __schema {\n      mutationType {\n        fields {\n          name\n          args {\n            name\n            type {\n              name\n              kind\n              ofType {\n                name\n                kind\n                ofType {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TermsChangeMutationArgTypesDocument,
    "\n  query TermsChangeInputFields($n: String!) {\n    __type(name: $n) {\n      kind\n      inputFields {\n        name\n      }\n    }\n  }\n": typeof types.TermsChangeInputFieldsDocument,
    "\n  mutation TermsChangeRequestTermsChange($c: ID!, $t: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $t, storageRate: $s, reason: \"annual contract\") {\n      id\n      kind\n      status\n      paymentTermDays\n      storageRate\n    }\n  }\n": typeof types.TermsChangeRequestTermsChangeDocument,
    "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n      date\n      status\n      falseVisitId\n      staff {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) {\n      id\n      date\n      status\n      falseVisitId\n      recordedBy {\n        id\n      }\n    }\n  }\n": typeof types.AttendanceRecordsDocument,
    "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      month\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n": typeof types.AttendanceSummaryDocument,
    "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttendanceAuditDocument,
    "\n  mutation ContactPhonesRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      firstContactAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactPhonesRegisterDocument,
    "\n  query ContactPhonesCheck($phone: String) {\n    checkProspect(phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.ContactPhonesCheckDocument,
    "\n  mutation ContactPhonesAddContact($c: ID!, $n: String!, $p: String!) {\n    addContactPerson(customerId: $c, name: $n, phone: $p) {\n      id\n      phone\n    }\n  }\n": typeof types.ContactPhonesAddContactDocument,
    "\n  mutation CustomersDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.CustomersDemoLoginDocument,
    "\n  query CustomersDemoVisitRequests {\n    visitRequests(open: true) {\n      id\n      open\n      customer {\n        name\n      }\n    }\n  }\n": typeof types.CustomersDemoVisitRequestsDocument,
    "\n  query CustomersDemoFulfilledRequests {\n    visitRequests(open: false) {\n      fulfilledBy {\n        status\n      }\n    }\n  }\n": typeof types.CustomersDemoFulfilledRequestsDocument,
    "\n  query CustomersDemoSatisfactionAverages {\n    satisfactionAverages {\n      department\n      averageScore\n    }\n  }\n": typeof types.CustomersDemoSatisfactionAveragesDocument,
    "\n  query CustomerLifecycleIntentReports($c: ID) {\n    intentReports(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerLifecycleIntentReportsDocument,
    "\n  query CustomerLifecycleIntentReports2 {\n    intentReports {\n      totalCount\n    }\n  }\n": typeof types.CustomerLifecycleIntentReports2Document,
    "\n  query CustomerLifecycleLostCustomerAnalyses($c: ID) {\n    lostCustomerAnalyses(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          reasons\n          retentionActions\n          recordedBy {\n            id\n          }\n          customer {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerLifecycleLostCustomerAnalysesDocument,
    "\n  query CustomerLifecycleLostCustomerAnalyses2 {\n    lostCustomerAnalyses {\n      totalCount\n    }\n  }\n": typeof types.CustomerLifecycleLostCustomerAnalyses2Document,
    "\n  query CustomerLifecycleSatisfactionSurveys($c: ID) {\n    satisfactionSurveys(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          comments\n          surveyedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerLifecycleSatisfactionSurveysDocument,
    "\n  query CustomerLifecycleSatisfactionAverages {\n    satisfactionAverages(from: \"2020-03-01\", to: \"2020-03-31\") {\n      department\n      averageScore\n      surveyCount\n    }\n  }\n": typeof types.CustomerLifecycleSatisfactionAveragesDocument,
    "\n  query CustomerLifecycleSatisfactionSurveys2 {\n    satisfactionSurveys {\n      totalCount\n    }\n  }\n": typeof types.CustomerLifecycleSatisfactionSurveys2Document,
    "\n  query CustomerLifecycleSatisfactionAverages2 {\n    satisfactionAverages {\n      department\n    }\n  }\n": typeof types.CustomerLifecycleSatisfactionAverages2Document,
    "\n  query CustomerLifecycleCustomers($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CustomerLifecycleCustomersDocument,
    "\n  query CustomerLifecycleCustomer {\n    customer(id: \"99999999\") {\n      id\n    }\n  }\n": typeof types.CustomerLifecycleCustomerDocument,
    "\n  query CustomerLifecycleCustomers3 {\n    customers {\n      totalCount\n    }\n  }\n": typeof types.CustomerLifecycleCustomers3Document,
    "\n  mutation CustomerLifecycleReportCustomerIntent($c: ID!, $d: String!) {\n    reportCustomerIntent(customerId: $c, details: $d) {\n      id\n      details\n      reportedAt\n      customer {\n        id\n        status\n      }\n      reportedBy {\n        id\n      }\n    }\n  }\n": typeof types.CustomerLifecycleReportCustomerIntentDocument,
    "\n  mutation CustomerLifecycleMarkCustomerLost($c: ID!, $r: String!, $a: String!) {\n    markCustomerLost(customerId: $c, reasons: $r, retentionActions: $a) {\n      id\n      status\n    }\n  }\n": typeof types.CustomerLifecycleMarkCustomerLostDocument,
    "\n  mutation CustomerLifecycleRecordSatisfactionSurvey($i: SatisfactionSurveyInput!) {\n    recordSatisfactionSurvey(input: $i) {\n      id\n      surveyedOn\n      comments\n      scores {\n        department\n        score\n      }\n      customer {\n        id\n      }\n      surveyedBy {\n        id\n      }\n    }\n  }\n": typeof types.CustomerLifecycleRecordSatisfactionSurveyDocument,
    "\n      query CustomerLifecycleCustomers2($a: String, $o: ID) {\n        customers(first: 2, after: $a, filter: { ownerId: $o }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.CustomerLifecycleCustomers2Document,
    "\n    mutation CustomerLifecycleRecordContact($i: RecordContactInput!) {\n      recordContact(input: $i) {\n        id\n        kind\n        summary\n        contactedAt\n        staff {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  ": typeof types.CustomerLifecycleRecordContactDocument,
    "\n    query CustomerLifecycleContactLog($c: ID!) {\n      contactLog(customerId: $c) {\n        totalCount\n        edges {\n          node {\n            kind\n            summary\n          }\n        }\n      }\n    }\n  ": typeof types.CustomerLifecycleContactLogDocument,
    "\n  mutation MoneyPrivacyIssueInvoice($s: ID!, $a: Money!) {\n    issueInvoice(statementId: $s, invoiceNo: \"INV-MONEY-1\", amount: $a) {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyIssueInvoiceDocument,
    "\n  mutation MoneyPrivacyRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyRequestArrearsDocument,
    "\n  mutation MoneyPrivacyApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyApproveRequestDocument,
    "\n  mutation MoneyPrivacyCreatePickupNotice($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 箱\") {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyCreatePickupNoticeDocument,
    "\n  query MoneyPrivacyCustomers {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          balance\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyCustomersDocument,
    "\n  query MoneyPrivacyConsignments($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          waybillNo\n          freight\n          countingFee\n          handlingFee\n          otherFee\n          total\n          customer {\n            balance\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyConsignmentsDocument,
    "\n  query MoneyPrivacyArrearsConsents {\n    arrearsConsents {\n      amount\n      unpaidAmount\n      promisedDate\n      customer {\n        id\n        balance\n      }\n      request {\n        amount\n      }\n    }\n  }\n": typeof types.MoneyPrivacyArrearsConsentsDocument,
    "\n  query MoneyPrivacyPickupNotices {\n    pickupNotices {\n      goods\n      customer {\n        id\n        balance\n        openReceivables {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyPickupNoticesDocument,
    "\n  mutation MoneyPrivacyCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [WAREHOUSE]) {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyCreateOperationNoticeDocument,
    "\n  query MoneyPrivacyOperationNotices($c: ID) {\n    operationNotices(customerId: $c) {\n      kind\n      customer {\n        id\n        balance\n      }\n    }\n  }\n": typeof types.MoneyPrivacyOperationNoticesDocument,
    "\n  query MoneyPrivacyCheckProspect($n: String) {\n    checkProspect(name: $n) {\n      registered\n      customer {\n        id\n        balance\n      }\n    }\n  }\n": typeof types.MoneyPrivacyCheckProspectDocument,
    "\n  query MoneyPrivacyConsignments2($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n          countingFee\n          total\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyConsignments2Document,
    "\n  query MoneyPrivacyStatements($c: ID) {\n    statements(customerId: $c) {\n      edges {\n        node {\n          total\n          lines {\n            amount\n            description\n          }\n          invoice {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyStatementsDocument,
    "\n  query MoneyPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      balance\n    }\n  }\n": typeof types.MoneyPrivacyCustomer2Document,
    "\n  mutation MoneyPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": typeof types.MoneyPrivacyReassignCustomerDocument,
    "\n  query MoneyPrivacyConsignments3($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n        }\n      }\n    }\n  }\n": typeof types.MoneyPrivacyConsignments3Document,
    "\n  query MoneyPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance\n      openReceivables {\n        id\n        amount\n        outstanding\n      }\n    }\n  }\n": typeof types.MoneyPrivacyCustomerDocument,
    "\n  query CustomerPrivacyOnePage($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      edges {\n        node {\n          owner {\n            name\n          }\n          contacts {\n            name\n          }\n          address\n          ownershipHistory {\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerPrivacyOnePageDocument,
    "\n  query CustomerPrivacyCustomers {\n    customers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n          }\n          settlementMethod\n          freightRate\n          contacts {\n            name\n            phone\n          }\n          address\n          notes\n        }\n      }\n    }\n  }\n": typeof types.CustomerPrivacyCustomersDocument,
    "\n  query CustomerPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        phone\n      }\n      latitude\n      longitude\n    }\n  }\n": typeof types.CustomerPrivacyCustomerDocument,
    "\n  mutation CustomerPrivacyPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n": typeof types.CustomerPrivacyPlanVisitDocument,
    "\n  mutation CustomerPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": typeof types.CustomerPrivacyReassignCustomerDocument,
    "\n  query CustomerPrivacyVisits {\n    visits {\n      edges {\n        node {\n          id\n          customer {\n            name\n            contacts {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerPrivacyVisitsDocument,
    "\n  query CustomerPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        name\n      }\n      address\n    }\n  }\n": typeof types.CustomerPrivacyCustomer2Document,
    "\n  query CustomerPrivacyCustomer3($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        name\n      }\n    }\n  }\n": typeof types.CustomerPrivacyCustomer3Document,
    "\n  query CustomerPrivacyCustomers3($o: ID!) {\n    customers(filter: { ownerId: $o }) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerPrivacyCustomers3Document,
    "\n  query CustomerPrivacyContactAccessLog($c: ID) {\n    contactAccessLog(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          at\n          staff {\n            id\n          }\n          customer {\n            id\n          }\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerPrivacyContactAccessLogDocument,
    "\n  query CustomerPrivacyContactAccessLog2 {\n    contactAccessLog {\n      totalCount\n    }\n  }\n": typeof types.CustomerPrivacyContactAccessLog2Document,
    "\n  query CustomerPrivacyCustomer4($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        id\n        name\n        primary\n      }\n    }\n  }\n": typeof types.CustomerPrivacyCustomer4Document,
    "\n  query CustomerPrivacyCustomer5($id: ID!) {\n    customer(id: $id) {\n      address\n    }\n  }\n": typeof types.CustomerPrivacyCustomer5Document,
    "\n      query CustomerPrivacyCustomers2($o: ID!) {\n        customers(filter: { ownerId: $o }) {\n          edges {\n            node {\n              contacts {\n                name\n              }\n              address\n              notes\n              again: contacts {\n                phone\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.CustomerPrivacyCustomers2Document,
    "\n    mutation CustomerPrivacyAddContactPerson($c: ID!, $n: String!, $p: String!, $t: String) {\n      addContactPerson(customerId: $c, name: $n, phone: $p, title: $t) {\n        id\n        name\n        phone\n        title\n        primary\n      }\n    }\n  ": typeof types.CustomerPrivacyAddContactPersonDocument,
    "\n    mutation CustomerPrivacyUpdateCustomerDetails($c: ID!, $i: UpdateCustomerDetailsInput!) {\n      updateCustomerDetails(customerId: $c, input: $i) {\n        id\n        address\n        notes\n        contacts {\n          name\n        }\n      }\n    }\n  ": typeof types.CustomerPrivacyUpdateCustomerDetailsDocument,
    "\n  mutation RegistrationRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      name\n      status\n      creditCode\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      contacts {\n        name\n        phone\n        primary\n      }\n      address\n      notes\n    }\n  }\n": typeof types.RegistrationRegisterDocument,
    "\n  query RegistrationCheck($name: String, $creditCode: String, $phone: String) {\n    checkProspect(name: $name, creditCode: $creditCode, phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegistrationCheckDocument,
    "\n  mutation RegistrationReassign($c: ID!, $o: ID!, $r: String!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: $r) {\n      id\n      owner {\n        id\n      }\n      ownershipHistory {\n        reason\n        fromOwner {\n          id\n        }\n        toOwner {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegistrationReassignDocument,
    "\n  query RegistrationCustomerAudit($id: ID) {\n    auditEvents(entityType: \"Customer\", entityId: $id) {\n      edges {\n        node {\n          action\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegistrationCustomerAuditDocument,
    "\n  query RegistrationCheckProspectContacts {\n    checkProspect(phone: \"13500004242\") {\n      registered\n      customer {\n        name\n        contacts {\n          phone\n        }\n      }\n    }\n  }\n": typeof types.RegistrationCheckProspectContactsDocument,
    "\n  query DepartmentReportsDemoSeed($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n    monthlyRevenueReport(month: $m) {\n      statements\n      total\n      byCustomer {\n        customer {\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          name\n        }\n        statements\n        total\n      }\n    }\n  }\n": typeof types.DepartmentReportsDemoSeedDocument,
    "\n  query DepartmentReportsWorkload($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        id\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n  }\n": typeof types.DepartmentReportsWorkloadDocument,
    "\n  query DepartmentReportsRevenue($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      month\n      statements\n      total\n      byCustomer {\n        customer {\n          id\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          id\n          name\n        }\n        customers\n        statements\n        total\n      }\n    }\n  }\n": typeof types.DepartmentReportsRevenueDocument,
    "\n  mutation DepartmentReportsRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n    }\n  }\n": typeof types.DepartmentReportsRegisterDocument,
    "\n  mutation BudgetsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.BudgetsApproveRequestDocument,
    "\n  mutation BudgetsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"no receipt\") {\n      id\n      status\n    }\n  }\n": typeof types.BudgetsRejectRequestDocument,
    "\n  mutation BudgetsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n      year\n      month\n      amount\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n": typeof types.BudgetsSetBudgetDocument,
    "\n  mutation BudgetsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BudgetsFileExpenseClaimDocument,
    "\n  query BudgetsBudgetReport($y: Int!, $m: Int) {\n    budgetReport(year: $y, month: $m) {\n      year\n      month\n      firstDay\n      lastDay\n      rows {\n        staff {\n          id\n        }\n        budget\n        approved\n        pending\n        remaining\n        approvedClaims\n        confirmedSales\n        ratio\n      }\n      department {\n        budget\n        allocated\n        unallocated\n        approved\n        pending\n        remaining\n        confirmedSales\n        ratio\n      }\n    }\n  }\n": typeof types.BudgetsBudgetReportDocument,
    "\n  mutation ClaimsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimsApproveRequestDocument,
    "\n  mutation ClaimsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not a business expense\") {\n      id\n      status\n    }\n  }\n": typeof types.ClaimsRejectRequestDocument,
    "\n  mutation ClaimsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n    }\n  }\n": typeof types.ClaimsSetBudgetDocument,
    "\n  query ClaimsApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n": typeof types.ClaimsApprovalRequestDocument,
    "\n  mutation ClaimsRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"310.00\", reason: \"x\") {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n": typeof types.ClaimsRequestRateChangeDocument,
    "\n  mutation ClaimsRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [WAREHOUSE]) {\n      id\n    }\n  }\n": typeof types.ClaimsRequestSpecialOperationDocument,
    "\n  query ClaimsApprovalRequest2($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      kind\n      expense {\n        amount\n      }\n    }\n  }\n": typeof types.ClaimsApprovalRequest2Document,
    "\n  mutation ClaimsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      requester {\n        id\n      }\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ClaimsFileExpenseClaimDocument,
    "\n      query ClaimsApprovalRequests {\n        approvalRequests(kind: EXPENSE, first: 100) {\n          edges {\n            node {\n              id\n              expense {\n                amount\n                spender {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ClaimsApprovalRequestsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      staff {\n        id\n        email\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      roles\n      department\n      active\n    }\n  }\n": typeof types.MeDocument,
    "\n  query StaffMembers($role: Role) {\n    staffMembers(role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  query IdPolicyStatement($id: ID!) {\n    statement(id: $id) {\n      id\n    }\n  }\n": typeof types.IdPolicyStatementDocument,
    "\n  query IdPolicyApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.IdPolicyApprovalRequestDocument,
    "\n  query IdPolicyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.IdPolicyCustomerDocument,
    "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) {\n      id\n    }\n  }\n": typeof types.IdPolicyIssueStatementDocument,
    "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(\n      customerId: $customerId\n      amount: \"10.00\"\n      receivedOn: $on\n      reference: \"bank 1\"\n      idempotencyKey: $key\n    ) {\n      id\n    }\n  }\n": typeof types.IdPolicyRecordPaymentDocument,
    "\n  mutation IdPolicyRateChange($customerId: ID!) {\n    requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") {\n      id\n    }\n  }\n": typeof types.IdPolicyRateChangeDocument,
    "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) {\n    createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) {\n      id\n    }\n  }\n": typeof types.IdPolicyPickupDocument,
    "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) {\n    reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") {\n      id\n    }\n  }\n": typeof types.IdPolicyReassignDocument,
    "\n  mutation IdPolicyApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.IdPolicyApproveDocument,
    "\n  mutation IdPolicyInvoice($id: ID!) {\n    issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") {\n      id\n    }\n  }\n": typeof types.IdPolicyInvoiceDocument,
    "\n  mutation IdPolicyUnlock($staffId: ID!) {\n    unlockStaff(staffId: $staffId) {\n      id\n    }\n  }\n": typeof types.IdPolicyUnlockDocument,
    "\n  mutation IdPolicySendSheet($ids: [ID!]!) {\n    sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") {\n      id\n    }\n  }\n": typeof types.IdPolicySendSheetDocument,
    "\n  query IdPolicyStatements($customerId: ID) {\n    statements(customerId: $customerId) {\n      totalCount\n    }\n  }\n": typeof types.IdPolicyStatementsDocument,
    "\n  query IdPolicyOrders($customerId: ID) {\n    warehouseOrders(customerId: $customerId) {\n      totalCount\n    }\n  }\n": typeof types.IdPolicyOrdersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      email\n      roles\n      department\n      active\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditForDocument,
    "\n  mutation ModelApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelApproveDocument,
    "\n  mutation ModelRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRequestRateDocument,
    "\n  mutation ModelRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      status\n      freightRate\n      paymentTermDays\n    }\n  }\n": typeof types.ModelRegisterDocument,
    "\n  mutation ModelNotice($c: ID!, $d: [Department!]!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: $d) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n": typeof types.ModelNoticeDocument,
    "\n  mutation ModelSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": typeof types.ModelSignNoticeDocument,
    "\n  mutation ModelRequestArrears($c: ID!, $a: Money!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $d, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRequestArrearsDocument,
    "\n  mutation ModelRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRequestDeductionDocument,
    "\n  mutation ModelRequestTerms($c: ID!, $d: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $d, storageRate: $s, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRequestTermsDocument,
    "\n  mutation ModelRequestFree($k: ID!) {\n    requestFreeShipment(consignmentId: $k, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRequestFreeDocument,
    "\n  mutation ModelReject($id: ID!) {\n    rejectRequest(id: $id, note: \"no\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelRejectDocument,
    "\n  query ModelConsents {\n    arrearsConsents {\n      id\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n": typeof types.ModelConsentsDocument,
    "\n  mutation ModelSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n      status\n    }\n  }\n": typeof types.ModelSignConsentDocument,
    "\n  mutation ModelConsign($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      rate\n      freight\n      total\n      shippedOn\n    }\n  }\n": typeof types.ModelConsignDocument,
    "\n  mutation ModelConsignUnpriced($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      shippedOn\n    }\n  }\n": typeof types.ModelConsignUnpricedDocument,
    "\n  mutation ModelIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        amount\n      }\n    }\n  }\n": typeof types.ModelIssueDocument,
    "\n  mutation ModelConfirm($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户\") {\n      id\n      status\n      dueDate\n    }\n  }\n": typeof types.ModelConfirmDocument,
    "\n  mutation ModelVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"model\") {\n      id\n      status\n    }\n  }\n": typeof types.ModelVoidDocument,
    "\n  mutation ModelOccupy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n    }\n  }\n": typeof types.ModelOccupyDocument,
    "\n  mutation ModelEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n    }\n  }\n": typeof types.ModelEndOccupancyDocument,
    "\n  mutation ModelPay($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK\", idempotencyKey: $k) {\n      id\n      customer {\n        balance\n      }\n    }\n  }\n": typeof types.ModelPayDocument,
    "\n  mutation ModelPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"货物\") {\n      id\n    }\n  }\n": typeof types.ModelPickupDocument,
    "\n  query ModelPeek($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        phone\n      }\n      balance\n    }\n  }\n": typeof types.ModelPeekDocument,
    "\n  query ModelPeekAll {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          owner {\n            id\n          }\n          contacts {\n            phone\n          }\n          balance\n        }\n      }\n    }\n  }\n": typeof types.ModelPeekAllDocument,
    "\n  query NotificationsInbox($first: Int, $after: String, $u: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $u) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          customer {\n            id\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsInboxDocument,
    "\n  mutation NotificationsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.NotificationsApproveRequestDocument,
    "\n  mutation NotificationsRecordComplaint($c: ID!) {\n    recordComplaint(input: { customerId: $c, description: \"late delivery\", severity: HIGH }) {\n      id\n    }\n  }\n": typeof types.NotificationsRecordComplaintDocument,
    "\n  mutation NotificationsAssignComplaint($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      id\n    }\n  }\n": typeof types.NotificationsAssignComplaintDocument,
    "\n  mutation NotificationsCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [FINANCE, DISPATCH]) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n": typeof types.NotificationsCreateOperationNoticeDocument,
    "\n  mutation NotificationsRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [FINANCE]) {\n      id\n    }\n  }\n": typeof types.NotificationsRequestArrearsDocument,
    "\n  mutation NotificationsRecordVisitRequest($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"问运价\") {\n      id\n    }\n  }\n": typeof types.NotificationsRecordVisitRequestDocument,
    "\n  mutation NotificationsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": typeof types.NotificationsReassignCustomerDocument,
    "\n  mutation NotificationsRecordPayment($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"123.45\"\n      receivedOn: $d\n      reference: \"BANK-9\"\n      idempotencyKey: \"notify-pay-1\"\n    ) {\n      id\n    }\n  }\n": typeof types.NotificationsRecordPaymentDocument,
    "\n  mutation NotificationsRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: []) {\n      id\n      departments\n    }\n  }\n": typeof types.NotificationsRequestArrears2Document,
    "\n  mutation NotificationsLogout {\n    logout\n  }\n": typeof types.NotificationsLogoutDocument,
    "\n  mutation NotificationsChangePassword {\n    changePassword(currentPassword: \"Passw0rd!\", newPassword: \"N3wPassw0rd!\") {\n      token\n    }\n  }\n": typeof types.NotificationsChangePasswordDocument,
    "\n  mutation NotificationsDeactivateStaff($id: ID!) {\n    deactivateStaff(staffId: $id) {\n      id\n    }\n  }\n": typeof types.NotificationsDeactivateStaffDocument,
    "\n  mutation NotificationsRecordVisitRequest2($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"visit\") {\n      id\n    }\n  }\n": typeof types.NotificationsRecordVisitRequest2Document,
    "\n  mutation NotificationsRecordVisitRequest3($c: ID!) {\n    recordVisitRequest(customerId: $c) {\n      id\n    }\n  }\n": typeof types.NotificationsRecordVisitRequest3Document,
    "\n  query NotificationsInboxFirstNegative {\n    notifications(first: -1) {\n      totalCount\n    }\n  }\n": typeof types.NotificationsInboxFirstNegativeDocument,
    "\n  query NotificationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.NotificationsUnreadNotificationCountDocument,
    "\n  mutation NotificationsMarkNotificationsRead2 {\n    markNotificationsRead\n  }\n": typeof types.NotificationsMarkNotificationsRead2Document,
    "\n  mutation NotificationsRecordPayment2($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"10.00\"\n      receivedOn: $d\n      reference: \"BANK-F\"\n      idempotencyKey: \"notify-fail-1\"\n    ) {\n      id\n    }\n  }\n": typeof types.NotificationsRecordPayment2Document,
    "\n  query NotificationsNotifications3 {\n    notifications(first: 1) {\n      edges {\n        node {\n          kind\n          customer {\n            id\n            address\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsNotifications3Document,
    "\n  mutation NotificationsRequestRateChange($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"volume\") {\n      id\n    }\n  }\n": typeof types.NotificationsRequestRateChangeDocument,
    "\n      mutation NotificationsFileExpenseClaim($a: Money!, $on: LocalDate!) {\n        fileExpenseClaim(\n          input: { amount: $a, category: TRAVEL, spentOn: $on, receiptRef: \"R-1\", description: \"train to Nanjing\" }\n        ) {\n          id\n          kind\n          customer {\n            id\n          }\n        }\n      }\n    ": typeof types.NotificationsFileExpenseClaimDocument,
    "\n      mutation NotificationsApproveRequest2($id: ID!) {\n        approveRequest(id: $id) {\n          id\n        }\n      }\n    ": typeof types.NotificationsApproveRequest2Document,
    "\n      mutation NotificationsSignOperationNotice($id: ID!, $d: Department!) {\n        signOperationNotice(id: $id, department: $d) {\n          status\n        }\n      }\n    ": typeof types.NotificationsSignOperationNoticeDocument,
    "\n      mutation NotificationsSignArrearsConsent($id: ID!, $d: Department!) {\n        signArrearsConsent(id: $id, department: $d) {\n          id\n        }\n      }\n    ": typeof types.NotificationsSignArrearsConsentDocument,
    "\n      mutation NotificationsMarkNotificationsRead($ids: [ID!]) {\n        markNotificationsRead(ids: $ids)\n      }\n    ": typeof types.NotificationsMarkNotificationsReadDocument,
    "\n  mutation OperationNoticesRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"steady volume\") {\n      id\n    }\n  }\n": typeof types.OperationNoticesRequestSettlementChangeDocument,
    "\n  query OperationNoticesOperationNotices($c: ID) {\n    operationNotices(customerId: $c, status: COMPLETED) {\n      id\n    }\n  }\n": typeof types.OperationNoticesOperationNoticesDocument,
    "\n  mutation OperationNoticesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      status\n      kind\n      handler {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n": typeof types.OperationNoticesCreateOperationNoticeDocument,
    "\n  mutation OperationNoticesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      id\n      status\n      completedAt\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n": typeof types.OperationNoticesSignOperationNoticeDocument,
    "\n      query OperationNoticesOperationNotices2($c: ID) {\n        operationNotices(customerId: $c, status: PENDING) {\n          id\n          customer {\n            id\n          }\n        }\n      }\n    ": typeof types.OperationNoticesOperationNotices2Document,
    "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      daysPresent\n      leave\n      unexcusedAbsences\n      fines\n      compensation\n    }\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      recordedDays\n    }\n    violations(month: $month) {\n      id\n      kind\n    }\n  }\n": typeof types.DemoAdministrationReportsDocument,
    "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) {\n      totalCount\n    }\n  }\n": typeof types.DemoWarehouseOrdersDocument,
    "\n  query DemoOrderSheets {\n    orderSheets {\n      totalCount\n      edges {\n        node {\n          placedAt\n          orders {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoOrderSheetsDocument,
    "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n    }\n  }\n": typeof types.PayrollRecordAttendanceDocument,
    "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      fine\n      compensation\n    }\n  }\n": typeof types.PayrollRecordViolationDocument,
    "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      month\n      daysPresent\n      businessTripDays\n      leave\n      sickDays\n      unexcusedAbsences\n      absencesFromFalseVisitReports\n      violations\n      fines\n      compensation\n      totalDeductions\n    }\n  }\n": typeof types.PayrollSummaryDocument,
    "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n": typeof types.PayrollAttendanceSummaryDocument,
    "\n  query PerformanceDashboard($n: Int) {\n    customers(first: $n) {\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n            name\n          }\n          balance\n          recentVisits {\n            id\n            plannedAt\n            purpose\n            status\n          }\n          openReceivables {\n            id\n            amount\n            dueDate\n            outstanding\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceDashboardDocument,
    "\n  query PerformanceCustomersWithoutCount {\n    customers(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PerformanceCustomersWithoutCountDocument,
    "\n  query PerformanceCustomersWithCount {\n    customers(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PerformanceCustomersWithCountDocument,
    "\n  query PerformanceVisitsPage($n: Int) {\n    visits(first: $n) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            name\n            balance\n          }\n          salesperson {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceVisitsPageDocument,
    "\n  query PerformanceReceivablesPage($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          id\n          outstanding\n          customer {\n            id\n            recentVisits {\n              id\n            }\n            openReceivables {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceReceivablesPageDocument,
    "\n  query PerformanceOwnerRoles {\n    customers(first: 3) {\n      edges {\n        node {\n          owner {\n            id\n            name\n            roles\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceOwnerRolesDocument,
    "\n  query PerformanceRecentVisitsLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            purpose\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceRecentVisitsLimitDocument,
    "\n  query PerformanceRecentVisitsBadLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PerformanceRecentVisitsBadLimitDocument,
    "\n  query AgingReportPlan($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        total\n      }\n      totals {\n        notDue\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n": typeof types.AgingReportPlanDocument,
    "\n  mutation ReceivablesDemoLogin($e: String!) {\n    login(email: $e, password: \"demo12345\") {\n      token\n    }\n  }\n": typeof types.ReceivablesDemoLoginDocument,
    "\n  query ReceivablesDemoOverdue {\n    receivables(filter: { overdue: true }) {\n      totalCount\n    }\n  }\n": typeof types.ReceivablesDemoOverdueDocument,
    "\n  query ReceivablesDemoArrearsConsents {\n    arrearsConsents(overdue: true) {\n      handler {\n        name\n      }\n      unpaidAmount\n    }\n  }\n": typeof types.ReceivablesDemoArrearsConsentsDocument,
    "\n  query ReceivablesDemoMonthlyReport($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        opening\n        added\n        received\n        closing\n      }\n      totals {\n        closing\n      }\n    }\n  }\n": typeof types.ReceivablesDemoMonthlyReportDocument,
    "\n  query ReceivablesDemoAging {\n    agingReport {\n      totals {\n        total\n      }\n    }\n  }\n": typeof types.ReceivablesDemoAgingDocument,
    "\n  query KeptBalancesMonthly($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        customer {\n          id\n        }\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n": typeof types.KeptBalancesMonthlyDocument,
    "\n  query KeptBalancesAging($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        customer {\n          id\n        }\n        total\n      }\n    }\n  }\n": typeof types.KeptBalancesAgingDocument,
    "\n  mutation KeptBalancesFailingPayment($c: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $c, amount: \"5.00\", receivedOn: $on, reference: \"x\", idempotencyKey: $key) {\n      id\n    }\n  }\n": typeof types.KeptBalancesFailingPaymentDocument,
    "\n  query KeptBalancesCustomer($id: ID!) {\n    customer(id: $id) {\n      balance\n      openReceivables {\n        id\n        outstanding\n      }\n    }\n  }\n": typeof types.KeptBalancesCustomerDocument,
    "\n  query KeptBalancesMonthlyReads {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        opening\n      }\n      byOwner {\n        opening\n      }\n      totals {\n        closing\n      }\n    }\n  }\n": typeof types.KeptBalancesMonthlyReadsDocument,
    "\n  query KeptBalancesAgingReads {\n    agingReport(asOf: \"2026-10-15\") {\n      rows {\n        total\n      }\n      totals {\n        total\n      }\n    }\n  }\n": typeof types.KeptBalancesAgingReadsDocument,
    "\n  mutation NoHoleApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n": typeof types.NoHoleApproveDocument,
    "\n  mutation NoHoleRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n    }\n  }\n": typeof types.NoHoleRecordDocument,
    "\n  mutation NoHoleRegister($i: RegisterCustomerInput!) {\n    registerCustomer(input: $i) {\n      id\n      freightRate\n    }\n  }\n": typeof types.NoHoleRegisterDocument,
    "\n  mutation NoHoleFirstRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"320.00\", reason: \"首次运价\") {\n      id\n      oldRate\n    }\n  }\n": typeof types.NoHoleFirstRateDocument,
    "\n  mutation NoHoleZeroRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"0.00\", reason: \"免运费\") {\n      id\n    }\n  }\n": typeof types.NoHoleZeroRateDocument,
    "\n  query NoHoleCustomerRate($c: ID!) {\n    customer(id: $c) {\n      freightRate\n    }\n  }\n": typeof types.NoHoleCustomerRateDocument,
    "\n  mutation NoHoleFreeShipment($id: ID!) {\n    requestFreeShipment(consignmentId: $id, reason: \"货损补偿\") {\n      id\n    }\n  }\n": typeof types.NoHoleFreeShipmentDocument,
    "\n  mutation NoHoleIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n": typeof types.NoHoleIssueDocument,
    "\n  mutation NoHoleIssueWithLines($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      total\n      lines {\n        kind\n        amount\n        late\n        description\n      }\n    }\n  }\n": typeof types.NoHoleIssueWithLinesDocument,
    "\n  mutation NoHoleVoid($id: ID!, $reason: String!) {\n    voidStatement(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.NoHoleVoidDocument,
    "\n  mutation NoHoleRecordOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      fromDate\n      toDate\n    }\n  }\n": typeof types.NoHoleRecordOccupancyDocument,
    "\n  mutation NoHoleEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n      fromDate\n      toDate\n    }\n  }\n": typeof types.NoHoleEndOccupancyDocument,
    "\n  mutation NoHolePay($c: ID!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: \"10.00\", receivedOn: $d, reference: \"R\", idempotencyKey: $k) {\n      id\n    }\n  }\n": typeof types.NoHolePayDocument,
    "\n  mutation NoHoleArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n": typeof types.NoHoleArrearsDocument,
    "\n  mutation NoHolePickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"箱\") {\n      id\n    }\n  }\n": typeof types.NoHolePickupDocument,
    "\n  query NoHoleAging2099 {\n    agingReport(asOf: \"2099-01-01\") {\n      asOf\n    }\n  }\n": typeof types.NoHoleAging2099Document,
    "\n  mutation NoHolePlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n": typeof types.NoHolePlanVisitDocument,
    "\n  query NoHoleMonthlyReceivables($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      totals {\n        closing\n      }\n    }\n  }\n": typeof types.NoHoleMonthlyReceivablesDocument,
    "\n  query NoHolePayroll($m: String!) {\n    payrollSummary(month: $m) {\n      fines\n    }\n  }\n": typeof types.NoHolePayrollDocument,
    "\n  query MonthlyReportPlan {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        closing\n      }\n      byOwner {\n        closing\n      }\n      totals {\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n": typeof types.MonthlyReportPlanDocument,
    "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) {\n      id\n      amount\n      customer {\n        balance\n      }\n    }\n  }\n": typeof types.PaymentsTestPayDocument,
    "\n  query PaymentsTestOutstanding($c: ID) {\n    receivables(filter: { customerId: $c }) {\n      edges {\n        node {\n          statement {\n            id\n          }\n          outstanding\n          settled\n        }\n      }\n    }\n  }\n": typeof types.PaymentsTestOutstandingDocument,
    "\n  mutation PaymentsTestPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"20 箱电子元件\") {\n      id\n      status\n    }\n  }\n": typeof types.PaymentsTestPickupDocument,
    "\n  mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n": typeof types.PaymentsTestArrearsDocument,
    "\n  mutation PaymentsTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": typeof types.PaymentsTestApproveDocument,
    "\n  mutation PaymentsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n": typeof types.PaymentsTestSignConsentDocument,
    "\n  mutation PaymentsTestSignPickup($id: ID!) {\n    signPickupNotice(id: $id) {\n      status\n    }\n  }\n": typeof types.PaymentsTestSignPickupDocument,
    "\n  mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) {\n    rejectPickupNotice(id: $id, reason: $reason) {\n      status\n    }\n  }\n": typeof types.PaymentsTestRejectPickupDocument,
    "\n  mutation RulesTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n": typeof types.RulesTestApproveDocument,
    "\n  mutation RulesTestDeduction($c: ID!) {\n    requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") {\n      id\n    }\n  }\n": typeof types.RulesTestDeductionDocument,
    "\n  mutation RulesTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"redo\") {\n      id\n    }\n  }\n": typeof types.RulesTestVoidDocument,
    "\n  mutation RulesTestFree($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"goodwill\") {\n      id\n    }\n  }\n": typeof types.RulesTestFreeDocument,
    "\n  mutation RulesTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n": typeof types.RulesTestArrearsDocument,
    "\n  query RulesTestOverdue {\n    arrearsConsents(overdue: true) {\n      customer {\n        id\n      }\n      handler {\n        id\n        name\n      }\n      unpaidAmount\n    }\n  }\n": typeof types.RulesTestOverdueDocument,
    "\n  query RulesTestConsents {\n    arrearsConsents {\n      customer {\n        id\n      }\n      unpaidAmount\n    }\n  }\n": typeof types.RulesTestConsentsDocument,
    "\n  mutation RulesTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n": typeof types.RulesTestSignConsentDocument,
    "\n  query RulesTestBalance($c: ID!) {\n    customer(id: $c) {\n      balance\n    }\n  }\n": typeof types.RulesTestBalanceDocument,
    "\n  query RulesTestReceivables($f: ReceivableFilter) {\n    receivables(filter: $f) {\n      totalCount\n      edges {\n        node {\n          dueDate\n          overdue\n          settled\n          outstanding\n        }\n      }\n    }\n  }\n": typeof types.RulesTestReceivablesDocument,
    "\n  query SqlCountReceivables($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          outstanding\n          settled\n          overdue\n          customer {\n            name\n            balance\n          }\n          statement {\n            total\n            lines {\n              amount\n            }\n            invoice {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlCountReceivablesDocument,
    "\n  query SqlCountStatements($n: Int) {\n    statements(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            balance\n          }\n          lines {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlCountStatementsDocument,
    "\n  query SqlCountConsignments($n: Int) {\n    consignments(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            name\n            balance\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlCountConsignmentsDocument,
    "\n  mutation StatementsTestRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n    }\n  }\n": typeof types.StatementsTestRecordDocument,
    "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      areaSquareMeters\n    }\n  }\n": typeof types.StatementsTestOccupancyDocument,
    "\n  query StatementsTestNotices($c: ID) {\n    storageAreaNotices(customerId: $c) {\n      message\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.StatementsTestNoticesDocument,
    "\n  mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n": typeof types.StatementsTestIssueDocument,
    "\n  mutation StatementsTestVoid($id: ID!, $r: String!) {\n    voidStatement(id: $id, reason: $r) {\n      status\n      voidReason\n    }\n  }\n": typeof types.StatementsTestVoidDocument,
    "\n  mutation StatementsTestConfirm($id: ID!, $by: String!) {\n    confirmStatement(id: $id, confirmedBy: $by) {\n      id\n    }\n  }\n": typeof types.StatementsTestConfirmDocument,
    "\n  mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) {\n    issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) {\n      id\n      invoiceNo\n      amount\n    }\n  }\n": typeof types.StatementsTestInvoiceDocument,
    "\n  query StatementsTestList($c: ID) {\n    statements(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          total\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsTestListDocument,
    "\n  fragment RulebookComplaintsFields on Complaint {\n    id\n    status\n    severity\n    dueDate\n    overdue\n    handledInTime\n    handlingHours\n    description\n    resolution\n    customer {\n      id\n    }\n    handler {\n      id\n    }\n    recordedBy {\n      id\n    }\n    followUpSurvey {\n      id\n    }\n  }\n": typeof types.RulebookComplaintsFieldsFragmentDoc,
    "\n  mutation RulebookComplaintsRecord($input: ComplaintInput!) {\n    recordComplaint(input: $input) {\n      ...RulebookComplaintsFields\n    }\n  }\n": typeof types.RulebookComplaintsRecordDocument,
    "\n  mutation RulebookComplaintsAssign($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      ...RulebookComplaintsFields\n    }\n  }\n": typeof types.RulebookComplaintsAssignDocument,
    "\n  mutation RulebookComplaintsResolve($id: ID!, $r: String!) {\n    resolveComplaint(id: $id, resolution: $r) {\n      ...RulebookComplaintsFields\n    }\n  }\n": typeof types.RulebookComplaintsResolveDocument,
    "\n  mutation RulebookComplaintsLinkComplaintFollowUp($id: ID!, $s: ID!) {\n    linkComplaintFollowUp(id: $id, surveyId: $s) {\n      id\n      followUpSurvey {\n        id\n      }\n    }\n  }\n": typeof types.RulebookComplaintsLinkComplaintFollowUpDocument,
    "\n  query RulebookComplaintsComplaints($f: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          overdue\n          description\n          customer {\n            id\n          }\n          handler {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RulebookComplaintsComplaintsDocument,
    "\n  mutation RulebookMarketIntelligenceRecordMarketIntelligence($input: MarketIntelligenceInput!) {\n    recordMarketIntelligence(input: $input) {\n      id\n      competitor\n      route\n      rate\n      details\n      recordedOn\n      customer {\n        id\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": typeof types.RulebookMarketIntelligenceRecordMarketIntelligenceDocument,
    "\n  query RulebookMarketIntelligenceMarketIntelligence($f: IntelligenceFilter, $first: Int, $after: String) {\n    marketIntelligence(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          competitor\n          route\n          rate\n          recordedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RulebookMarketIntelligenceMarketIntelligenceDocument,
    "\n  query RulebookMarketIntelligenceMarketIntelligenceSummary($from: LocalDate, $to: LocalDate) {\n    marketIntelligenceSummary(from: $from, to: $to) {\n      from\n      to\n      reports\n      byCompetitor {\n        competitor\n        reports\n        customers\n        lostCustomers\n        routes\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      byRoute {\n        route\n        reports\n        competitors\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      lostCustomerAnalyses {\n        id\n        reasons\n        customer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RulebookMarketIntelligenceMarketIntelligenceSummaryDocument,
    "\n  query RulebookRankingPerformanceRanking($m: String!) {\n    performanceRanking(month: $m) {\n      staff {\n        id\n        name\n      }\n      month\n      score\n      rank\n      of\n      components {\n        component\n        raw\n        normalized\n        weight\n        points\n      }\n    }\n  }\n": typeof types.RulebookRankingPerformanceRankingDocument,
    "\n  query RulebookRankingRankingWeights {\n    rankingWeights {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setAt\n      setBy {\n        id\n      }\n    }\n  }\n": typeof types.RulebookRankingRankingWeightsDocument,
    "\n  mutation RulebookRankingSetRankingWeights($input: RankingWeightsInput!) {\n    setRankingWeights(input: $input) {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setBy {\n        id\n      }\n    }\n  }\n": typeof types.RulebookRankingSetRankingWeightsDocument,
    "\n  mutation RulebookRankingSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: \"test\") {\n      id\n    }\n  }\n": typeof types.RulebookRankingSetSalesTargetDocument,
    "\n  mutation RulebookTargetsSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!, $r: String) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: $r) {\n      id\n      month\n      salesTarget\n      collectionTarget\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n": typeof types.RulebookTargetsSetSalesTargetDocument,
    "\n  query RulebookTargetsTargetAchievement($m: String!) {\n    targetAchievement(month: $m) {\n      month\n      rows {\n        staff {\n          id\n          name\n        }\n        targetSet\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n      department {\n        salespeople\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n    }\n  }\n": typeof types.RulebookTargetsTargetAchievementDocument,
    "\n  query RulebookTargetsSalesTargetChanges($s: ID, $m: String) {\n    salesTargetChanges(staffId: $s, month: $m) {\n      totalCount\n      edges {\n        node {\n          month\n          previousSalesTarget\n          previousCollectionTarget\n          salesTarget\n          collectionTarget\n          afterMonthBegan\n          reason\n          staff {\n            id\n          }\n          changedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RulebookTargetsSalesTargetChangesDocument,
    "\n  query RulebookTargetsMonthlyRevenueReport($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      bySalesperson {\n        salesperson {\n          id\n        }\n        total\n      }\n    }\n  }\n": typeof types.RulebookTargetsMonthlyRevenueReportDocument,
    "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n      total\n      shippedOn\n    }\n  }\n": typeof types.FactoryRecordConsignmentDocument,
    "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        description\n        amount\n      }\n    }\n  }\n": typeof types.FactoryIssueStatementDocument,
    "\n  mutation FactoryConfirmStatement($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户 王先生\") {\n      id\n      status\n      dueDate\n      total\n      confirmedBy\n    }\n  }\n": typeof types.FactoryConfirmStatementDocument,
    "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n": typeof types.FactoryRecordPaymentDocument,
    "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      staff {\n        id\n        name\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n      description\n      recordedBy {\n        id\n      }\n    }\n  }\n": typeof types.RecordViolationDocument,
    "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) {\n      id\n      staff {\n        id\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n    }\n  }\n": typeof types.ViolationsDocument,
    "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViolationAuditDocument,
    "\n  mutation VisitRequestsRecord($c: ID!, $d: LocalDate, $n: String) {\n    recordVisitRequest(customerId: $c, preferredDate: $d, note: $n) {\n      id\n      open\n      preferredDate\n      note\n      requestedAt\n      recordedBy {\n        id\n      }\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n": typeof types.VisitRequestsRecordDocument,
    "\n  query VisitRequestsOpen($open: Boolean) {\n    visitRequests(open: $open) {\n      id\n      open\n      waitedHours\n      waitedDays\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n": typeof types.VisitRequestsOpenDocument,
    "\n  mutation VisitRequestsPlan($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      visitRequest {\n        id\n        open\n      }\n    }\n  }\n": typeof types.VisitRequestsPlanDocument,
    "\n  mutation VisitRequestsCancel($v: ID!) {\n    cancelVisit(visitId: $v, reason: \"Car broke down\") {\n      id\n    }\n  }\n": typeof types.VisitRequestsCancelDocument,
    "\n  mutation VisitsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": typeof types.VisitsReassignCustomerDocument,
    "\n  mutation VisitsPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      status\n      plannedAt\n      purpose\n      salesperson {\n        id\n      }\n      plannedBy {\n        id\n      }\n      customer {\n        id\n      }\n      visitRequest {\n        id\n      }\n    }\n  }\n": typeof types.VisitsPlanVisitDocument,
    "\n  mutation VisitsCheckInVisit($v: ID!, $lat: Float, $lng: Float, $acc: Float, $t: DateTimeISO) {\n    checkInVisit(visitId: $v, latitude: $lat, longitude: $lng, accuracy: $acc, clientTime: $t) {\n      id\n      status\n      checkedInAt\n      clientReportedAt\n      checkInLatitude\n      checkInLongitude\n      checkInAccuracyMeters\n      checkInDistanceMeters\n      checkInFlagged\n    }\n  }\n": typeof types.VisitsCheckInVisitDocument,
    "\n  mutation VisitsCompleteVisit($v: ID!, $s: String!) {\n    completeVisit(visitId: $v, summary: $s) {\n      id\n      status\n      summary\n      completedAt\n    }\n  }\n": typeof types.VisitsCompleteVisitDocument,
    "\n  mutation VisitsCancelVisit($v: ID!, $r: String!) {\n    cancelVisit(visitId: $v, reason: $r) {\n      id\n      status\n      cancelReason\n    }\n  }\n": typeof types.VisitsCancelVisitDocument,
    "\n  mutation VisitsMarkVisitFalse($v: ID!, $r: String!) {\n    markVisitFalse(visitId: $v, reason: $r) {\n      id\n      status\n      falseReason\n      markedFalseAt\n      markedFalseBy {\n        id\n      }\n    }\n  }\n": typeof types.VisitsMarkVisitFalseDocument,
    "\n      query VisitsVisits($f: VisitFilter) {\n        visits(first: 100, filter: $f) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.VisitsVisitsDocument,
    "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id\n      orderNo\n      deliveryNoteNo\n      consignee\n      orderDate\n      items\n      notes\n      status\n      verificationNote\n      verifiedBy {\n        id\n      }\n      sheet {\n        id\n      }\n      customer {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": typeof types.RecordWarehouseOrderDocument,
    "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) {\n      id\n      status\n      verificationNote\n      verifiedAt\n      verifiedBy {\n        id\n      }\n    }\n  }\n": typeof types.VerifyWarehouseOrderDocument,
    "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id\n      placedAt\n      sentOn\n      customer {\n        id\n        name\n      }\n      sentBy {\n        id\n      }\n      consignees\n      orders {\n        id\n        orderNo\n        status\n        sheet {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SendOrderSheetDocument,
    "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          orderNo\n          status\n          verificationNote\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.WarehouseOrdersDocument,
    "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount\n      edges {\n        node {\n          id\n          placedAt\n          sentOn\n          customer {\n            id\n          }\n          consignees\n          orders {\n            orderNo\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderSheetsDocument,
    "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SheetAuditDocument,
};
const documents: Documents = {
    "\n  fragment ApprovalsTestRequest on ApprovalRequest {\n    id\n    kind\n    status\n    requester {\n      id\n    }\n    decidedBy {\n      id\n    }\n    note\n    newRate\n    oldRate\n    amount\n    promisedDate\n    method\n    departments\n  }\n": types.ApprovalsTestRequestFragmentDoc,
    "\n  mutation ApprovalsTestApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestApproveDocument,
    "\n  mutation ApprovalsTestReject($id: ID!, $note: String!) {\n    rejectRequest(id: $id, note: $note) {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestRejectDocument,
    "\n  mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") {\n    r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestRateDocument,
    "\n  mutation ApprovalsTestFree($c: ID!) {\n    r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestFreeDocument,
    "\n  mutation ApprovalsTestSettlement($c: ID!) {\n    r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestSettlementDocument,
    "\n  mutation ApprovalsTestArrears($c: ID!, $d: LocalDate!) {\n    r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: $d, reason: \"cash flow\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestArrearsDocument,
    "\n  mutation ApprovalsTestDeduction($c: ID!) {\n    r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestDeductionDocument,
    "\n  mutation ApprovalsTestSpecial($c: ID!) {\n    r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) {\n      ...ApprovalsTestRequest\n    }\n  }\n": types.ApprovalsTestSpecialDocument,
    "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: $cut\n      maxManagerArrearsAmount: $arrears\n      maxManagerDeductionAmount: $deduction\n    ) {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n    }\n  }\n": types.ApprovalsTestSetPolicyDocument,
    "\n  query ApprovalsTestPolicy {\n    approvalPolicy {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n      maxManagerDeductionAmount\n    }\n  }\n": types.ApprovalsTestPolicyDocument,
    "\n  mutation ApprovalsTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"rate changed\") {\n      id\n    }\n  }\n": types.ApprovalsTestVoidDocument,
    "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) {\n      id\n      method\n    }\n  }\n": types.ApprovalsTestNoticeDocument,
    "\n  mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": types.ApprovalsTestSignNoticeDocument,
    "\n  query ApprovalsTestConsents {\n    arrearsConsents {\n      id\n      amount\n      promisedDate\n      status\n      handler {\n        id\n      }\n      customer {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n      }\n    }\n  }\n": types.ApprovalsTestConsentsDocument,
    "\n  mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n": types.ApprovalsTestSignConsentDocument,
    "\n  mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) {\n    signLiaisonForm(requestId: $id, department: $d) {\n      formStatus\n      signatures {\n        department\n        signedAt\n      }\n    }\n  }\n": types.ApprovalsTestSignLiaisonDocument,
    "\n  query ApprovalsTestSpecialList {\n    approvalRequests(first: 100, kind: SPECIAL_OPERATION) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ApprovalsTestSpecialListDocument,
    "\n  query ApprovalsTestOne($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n": types.ApprovalsTestOneDocument,
    "\n  query ApprovalsTestMine {\n    approvalRequests(first: 100) {\n      edges {\n        node {\n          requester {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ApprovalsTestMineDocument,
    "\n  query ApprovalsTestBy($r: ID) {\n    approvalRequests(requesterId: $r, kind: RATE_CHANGE) {\n      totalCount\n    }\n  }\n": types.ApprovalsTestByDocument,
    "\n  mutation DecisionTimeSetPolicy {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: 10\n      maxManagerArrearsAmount: \"500.00\"\n      maxManagerDeductionAmount: \"100.00\"\n    ) {\n      maxManagerRateCutPercent\n    }\n  }\n": types.DecisionTimeSetPolicyDocument,
    "\n  mutation DecisionTimeApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.DecisionTimeApproveDocument,
    "\n  mutation DecisionTimeRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"market\") {\n      id\n      oldRate\n    }\n  }\n": types.DecisionTimeRequestRateDocument,
    "\n  mutation DecisionTimeRequestArrears($c: ID!, $a: Money!, $p: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $p, reason: \"cash flow\") {\n      id\n    }\n  }\n": types.DecisionTimeRequestArrearsDocument,
    "\n  mutation DecisionTimeRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"damaged carton, verified\") {\n      id\n    }\n  }\n": types.DecisionTimeRequestDeductionDocument,
    "\n  mutation MutationWalkRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"1.00\", reason: \"r\") {\n      id\n    }\n  }\n": types.MutationWalkRequestRateChangeDocument,
    "\n  mutation MutationWalkRequestFreeShipment($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"r\") {\n      id\n    }\n  }\n": types.MutationWalkRequestFreeShipmentDocument,
    "\n  mutation MutationWalkRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"r\") {\n      id\n    }\n  }\n": types.MutationWalkRequestSettlementChangeDocument,
    "\n  mutation MutationWalkRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"1.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n": types.MutationWalkRequestArrearsDocument,
    "\n  mutation MutationWalkApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.MutationWalkApproveRequestDocument,
    "\n  mutation SignaturesApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.SignaturesApproveRequestDocument,
    "\n  mutation SignaturesRequestSettlementChange($c: ID!, $m: SettlementMethod!) {\n    requestSettlementChange(customerId: $c, method: $m, reason: \"volume\") {\n      id\n    }\n  }\n": types.SignaturesRequestSettlementChangeDocument,
    "\n  mutation SignaturesRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [WAREHOUSE]) {\n      id\n      departments\n    }\n  }\n": types.SignaturesRequestArrearsDocument,
    "\n  mutation SignaturesSignArrearsConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n": types.SignaturesSignArrearsConsentDocument,
    "\n  mutation SignaturesRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n": types.SignaturesRequestArrears2Document,
    "\n  query SignaturesArrearsConsents {\n    arrearsConsents(overdue: true) {\n      id\n      status\n      customer {\n        id\n      }\n    }\n  }\n": types.SignaturesArrearsConsentsDocument,
    "\n  query SignaturesArrearsConsents2 {\n    arrearsConsents(overdue: false) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n": types.SignaturesArrearsConsents2Document,
    "\n  mutation SignaturesRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not yet\") {\n      id\n    }\n  }\n": types.SignaturesRejectRequestDocument,
    "\n  mutation SignaturesRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [DISPATCH]) {\n      id\n      departments\n    }\n  }\n": types.SignaturesRequestSpecialOperationDocument,
    "\n  query SignaturesApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      signatures {\n        department\n      }\n    }\n  }\n": types.SignaturesApprovalRequestDocument,
    "\n  mutation SignaturesRequestArrears3($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"x\", departments: [MARKET]) {\n      id\n      departments\n    }\n  }\n": types.SignaturesRequestArrears3Document,
    "\n  query SignaturesArrearsConsents3 {\n    arrearsConsents {\n      customer {\n        id\n      }\n      signatures {\n        department\n      }\n      request {\n        departments\n      }\n    }\n  }\n": types.SignaturesArrearsConsents3Document,
    "\n  query SignaturesSignoffPolicy {\n    signoffPolicy {\n      formKind\n      departments\n    }\n  }\n": types.SignaturesSignoffPolicyDocument,
    "\n  mutation SignaturesSetSignoffPolicy($k: SignoffFormKind!, $d: [Department!]!) {\n    setSignoffPolicy(formKind: $k, departments: $d) {\n      formKind\n      departments\n    }\n  }\n": types.SignaturesSetSignoffPolicyDocument,
    "\n  mutation SignaturesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      method\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n": types.SignaturesCreateOperationNoticeDocument,
    "\n  mutation SignaturesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": types.SignaturesSignOperationNoticeDocument,
    "\n      mutation SignaturesCreatePickupNotice($c: ID!, $d: LocalDate!) {\n        createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 cartons\") {\n          id\n        }\n      }\n    ": types.SignaturesCreatePickupNoticeDocument,
    "\n  mutation TermsChangeApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.TermsChangeApproveRequestDocument,
    "\n  mutation TermsChangeRecordStorageOccupancy($c: ID!, $f: LocalDate!) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: 10, from: $f) {\n      id\n    }\n  }\n": types.TermsChangeRecordStorageOccupancyDocument,
    "\n  mutation TermsChangeBlankReason($c: ID!) {\n    requestTermsChange(customerId: $c, paymentTermDays: 20, reason: \"  \") {\n      id\n    }\n  }\n": types.TermsChangeBlankReasonDocument,
    "\n  mutation TermsChangeApproveOwn($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.TermsChangeApproveOwnDocument,
    "\n  query TermsChangeMutationArgTypes {\n    __schema {\n      mutationType {\n        fields {\n          name\n          args {\n            name\n            type {\n              name\n              kind\n              ofType {\n                name\n                kind\n                ofType {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TermsChangeMutationArgTypesDocument,
    "\n  query TermsChangeInputFields($n: String!) {\n    __type(name: $n) {\n      kind\n      inputFields {\n        name\n      }\n    }\n  }\n": types.TermsChangeInputFieldsDocument,
    "\n  mutation TermsChangeRequestTermsChange($c: ID!, $t: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $t, storageRate: $s, reason: \"annual contract\") {\n      id\n      kind\n      status\n      paymentTermDays\n      storageRate\n    }\n  }\n": types.TermsChangeRequestTermsChangeDocument,
    "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n      date\n      status\n      falseVisitId\n      staff {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) {\n      id\n      date\n      status\n      falseVisitId\n      recordedBy {\n        id\n      }\n    }\n  }\n": types.AttendanceRecordsDocument,
    "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      month\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n": types.AttendanceSummaryDocument,
    "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AttendanceAuditDocument,
    "\n  mutation ContactPhonesRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      firstContactAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.ContactPhonesRegisterDocument,
    "\n  query ContactPhonesCheck($phone: String) {\n    checkProspect(phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n      }\n    }\n  }\n": types.ContactPhonesCheckDocument,
    "\n  mutation ContactPhonesAddContact($c: ID!, $n: String!, $p: String!) {\n    addContactPerson(customerId: $c, name: $n, phone: $p) {\n      id\n      phone\n    }\n  }\n": types.ContactPhonesAddContactDocument,
    "\n  mutation CustomersDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.CustomersDemoLoginDocument,
    "\n  query CustomersDemoVisitRequests {\n    visitRequests(open: true) {\n      id\n      open\n      customer {\n        name\n      }\n    }\n  }\n": types.CustomersDemoVisitRequestsDocument,
    "\n  query CustomersDemoFulfilledRequests {\n    visitRequests(open: false) {\n      fulfilledBy {\n        status\n      }\n    }\n  }\n": types.CustomersDemoFulfilledRequestsDocument,
    "\n  query CustomersDemoSatisfactionAverages {\n    satisfactionAverages {\n      department\n      averageScore\n    }\n  }\n": types.CustomersDemoSatisfactionAveragesDocument,
    "\n  query CustomerLifecycleIntentReports($c: ID) {\n    intentReports(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CustomerLifecycleIntentReportsDocument,
    "\n  query CustomerLifecycleIntentReports2 {\n    intentReports {\n      totalCount\n    }\n  }\n": types.CustomerLifecycleIntentReports2Document,
    "\n  query CustomerLifecycleLostCustomerAnalyses($c: ID) {\n    lostCustomerAnalyses(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          reasons\n          retentionActions\n          recordedBy {\n            id\n          }\n          customer {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.CustomerLifecycleLostCustomerAnalysesDocument,
    "\n  query CustomerLifecycleLostCustomerAnalyses2 {\n    lostCustomerAnalyses {\n      totalCount\n    }\n  }\n": types.CustomerLifecycleLostCustomerAnalyses2Document,
    "\n  query CustomerLifecycleSatisfactionSurveys($c: ID) {\n    satisfactionSurveys(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          comments\n          surveyedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CustomerLifecycleSatisfactionSurveysDocument,
    "\n  query CustomerLifecycleSatisfactionAverages {\n    satisfactionAverages(from: \"2020-03-01\", to: \"2020-03-31\") {\n      department\n      averageScore\n      surveyCount\n    }\n  }\n": types.CustomerLifecycleSatisfactionAveragesDocument,
    "\n  query CustomerLifecycleSatisfactionSurveys2 {\n    satisfactionSurveys {\n      totalCount\n    }\n  }\n": types.CustomerLifecycleSatisfactionSurveys2Document,
    "\n  query CustomerLifecycleSatisfactionAverages2 {\n    satisfactionAverages {\n      department\n    }\n  }\n": types.CustomerLifecycleSatisfactionAverages2Document,
    "\n  query CustomerLifecycleCustomers($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.CustomerLifecycleCustomersDocument,
    "\n  query CustomerLifecycleCustomer {\n    customer(id: \"99999999\") {\n      id\n    }\n  }\n": types.CustomerLifecycleCustomerDocument,
    "\n  query CustomerLifecycleCustomers3 {\n    customers {\n      totalCount\n    }\n  }\n": types.CustomerLifecycleCustomers3Document,
    "\n  mutation CustomerLifecycleReportCustomerIntent($c: ID!, $d: String!) {\n    reportCustomerIntent(customerId: $c, details: $d) {\n      id\n      details\n      reportedAt\n      customer {\n        id\n        status\n      }\n      reportedBy {\n        id\n      }\n    }\n  }\n": types.CustomerLifecycleReportCustomerIntentDocument,
    "\n  mutation CustomerLifecycleMarkCustomerLost($c: ID!, $r: String!, $a: String!) {\n    markCustomerLost(customerId: $c, reasons: $r, retentionActions: $a) {\n      id\n      status\n    }\n  }\n": types.CustomerLifecycleMarkCustomerLostDocument,
    "\n  mutation CustomerLifecycleRecordSatisfactionSurvey($i: SatisfactionSurveyInput!) {\n    recordSatisfactionSurvey(input: $i) {\n      id\n      surveyedOn\n      comments\n      scores {\n        department\n        score\n      }\n      customer {\n        id\n      }\n      surveyedBy {\n        id\n      }\n    }\n  }\n": types.CustomerLifecycleRecordSatisfactionSurveyDocument,
    "\n      query CustomerLifecycleCustomers2($a: String, $o: ID) {\n        customers(first: 2, after: $a, filter: { ownerId: $o }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.CustomerLifecycleCustomers2Document,
    "\n    mutation CustomerLifecycleRecordContact($i: RecordContactInput!) {\n      recordContact(input: $i) {\n        id\n        kind\n        summary\n        contactedAt\n        staff {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  ": types.CustomerLifecycleRecordContactDocument,
    "\n    query CustomerLifecycleContactLog($c: ID!) {\n      contactLog(customerId: $c) {\n        totalCount\n        edges {\n          node {\n            kind\n            summary\n          }\n        }\n      }\n    }\n  ": types.CustomerLifecycleContactLogDocument,
    "\n  mutation MoneyPrivacyIssueInvoice($s: ID!, $a: Money!) {\n    issueInvoice(statementId: $s, invoiceNo: \"INV-MONEY-1\", amount: $a) {\n      id\n    }\n  }\n": types.MoneyPrivacyIssueInvoiceDocument,
    "\n  mutation MoneyPrivacyRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n": types.MoneyPrivacyRequestArrearsDocument,
    "\n  mutation MoneyPrivacyApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.MoneyPrivacyApproveRequestDocument,
    "\n  mutation MoneyPrivacyCreatePickupNotice($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 箱\") {\n      id\n    }\n  }\n": types.MoneyPrivacyCreatePickupNoticeDocument,
    "\n  query MoneyPrivacyCustomers {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          balance\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyCustomersDocument,
    "\n  query MoneyPrivacyConsignments($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          waybillNo\n          freight\n          countingFee\n          handlingFee\n          otherFee\n          total\n          customer {\n            balance\n          }\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyConsignmentsDocument,
    "\n  query MoneyPrivacyArrearsConsents {\n    arrearsConsents {\n      amount\n      unpaidAmount\n      promisedDate\n      customer {\n        id\n        balance\n      }\n      request {\n        amount\n      }\n    }\n  }\n": types.MoneyPrivacyArrearsConsentsDocument,
    "\n  query MoneyPrivacyPickupNotices {\n    pickupNotices {\n      goods\n      customer {\n        id\n        balance\n        openReceivables {\n          id\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyPickupNoticesDocument,
    "\n  mutation MoneyPrivacyCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [WAREHOUSE]) {\n      id\n    }\n  }\n": types.MoneyPrivacyCreateOperationNoticeDocument,
    "\n  query MoneyPrivacyOperationNotices($c: ID) {\n    operationNotices(customerId: $c) {\n      kind\n      customer {\n        id\n        balance\n      }\n    }\n  }\n": types.MoneyPrivacyOperationNoticesDocument,
    "\n  query MoneyPrivacyCheckProspect($n: String) {\n    checkProspect(name: $n) {\n      registered\n      customer {\n        id\n        balance\n      }\n    }\n  }\n": types.MoneyPrivacyCheckProspectDocument,
    "\n  query MoneyPrivacyConsignments2($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n          countingFee\n          total\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyConsignments2Document,
    "\n  query MoneyPrivacyStatements($c: ID) {\n    statements(customerId: $c) {\n      edges {\n        node {\n          total\n          lines {\n            amount\n            description\n          }\n          invoice {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyStatementsDocument,
    "\n  query MoneyPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      balance\n    }\n  }\n": types.MoneyPrivacyCustomer2Document,
    "\n  mutation MoneyPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": types.MoneyPrivacyReassignCustomerDocument,
    "\n  query MoneyPrivacyConsignments3($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n        }\n      }\n    }\n  }\n": types.MoneyPrivacyConsignments3Document,
    "\n  query MoneyPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance\n      openReceivables {\n        id\n        amount\n        outstanding\n      }\n    }\n  }\n": types.MoneyPrivacyCustomerDocument,
    "\n  query CustomerPrivacyOnePage($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      edges {\n        node {\n          owner {\n            name\n          }\n          contacts {\n            name\n          }\n          address\n          ownershipHistory {\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.CustomerPrivacyOnePageDocument,
    "\n  query CustomerPrivacyCustomers {\n    customers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n          }\n          settlementMethod\n          freightRate\n          contacts {\n            name\n            phone\n          }\n          address\n          notes\n        }\n      }\n    }\n  }\n": types.CustomerPrivacyCustomersDocument,
    "\n  query CustomerPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        phone\n      }\n      latitude\n      longitude\n    }\n  }\n": types.CustomerPrivacyCustomerDocument,
    "\n  mutation CustomerPrivacyPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n": types.CustomerPrivacyPlanVisitDocument,
    "\n  mutation CustomerPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": types.CustomerPrivacyReassignCustomerDocument,
    "\n  query CustomerPrivacyVisits {\n    visits {\n      edges {\n        node {\n          id\n          customer {\n            name\n            contacts {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerPrivacyVisitsDocument,
    "\n  query CustomerPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        name\n      }\n      address\n    }\n  }\n": types.CustomerPrivacyCustomer2Document,
    "\n  query CustomerPrivacyCustomer3($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        name\n      }\n    }\n  }\n": types.CustomerPrivacyCustomer3Document,
    "\n  query CustomerPrivacyCustomers3($o: ID!) {\n    customers(filter: { ownerId: $o }) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.CustomerPrivacyCustomers3Document,
    "\n  query CustomerPrivacyContactAccessLog($c: ID) {\n    contactAccessLog(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          at\n          staff {\n            id\n          }\n          customer {\n            id\n          }\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CustomerPrivacyContactAccessLogDocument,
    "\n  query CustomerPrivacyContactAccessLog2 {\n    contactAccessLog {\n      totalCount\n    }\n  }\n": types.CustomerPrivacyContactAccessLog2Document,
    "\n  query CustomerPrivacyCustomer4($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        id\n        name\n        primary\n      }\n    }\n  }\n": types.CustomerPrivacyCustomer4Document,
    "\n  query CustomerPrivacyCustomer5($id: ID!) {\n    customer(id: $id) {\n      address\n    }\n  }\n": types.CustomerPrivacyCustomer5Document,
    "\n      query CustomerPrivacyCustomers2($o: ID!) {\n        customers(filter: { ownerId: $o }) {\n          edges {\n            node {\n              contacts {\n                name\n              }\n              address\n              notes\n              again: contacts {\n                phone\n              }\n            }\n          }\n        }\n      }\n    ": types.CustomerPrivacyCustomers2Document,
    "\n    mutation CustomerPrivacyAddContactPerson($c: ID!, $n: String!, $p: String!, $t: String) {\n      addContactPerson(customerId: $c, name: $n, phone: $p, title: $t) {\n        id\n        name\n        phone\n        title\n        primary\n      }\n    }\n  ": types.CustomerPrivacyAddContactPersonDocument,
    "\n    mutation CustomerPrivacyUpdateCustomerDetails($c: ID!, $i: UpdateCustomerDetailsInput!) {\n      updateCustomerDetails(customerId: $c, input: $i) {\n        id\n        address\n        notes\n        contacts {\n          name\n        }\n      }\n    }\n  ": types.CustomerPrivacyUpdateCustomerDetailsDocument,
    "\n  mutation RegistrationRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      name\n      status\n      creditCode\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      contacts {\n        name\n        phone\n        primary\n      }\n      address\n      notes\n    }\n  }\n": types.RegistrationRegisterDocument,
    "\n  query RegistrationCheck($name: String, $creditCode: String, $phone: String) {\n    checkProspect(name: $name, creditCode: $creditCode, phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n": types.RegistrationCheckDocument,
    "\n  mutation RegistrationReassign($c: ID!, $o: ID!, $r: String!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: $r) {\n      id\n      owner {\n        id\n      }\n      ownershipHistory {\n        reason\n        fromOwner {\n          id\n        }\n        toOwner {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.RegistrationReassignDocument,
    "\n  query RegistrationCustomerAudit($id: ID) {\n    auditEvents(entityType: \"Customer\", entityId: $id) {\n      edges {\n        node {\n          action\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RegistrationCustomerAuditDocument,
    "\n  query RegistrationCheckProspectContacts {\n    checkProspect(phone: \"13500004242\") {\n      registered\n      customer {\n        name\n        contacts {\n          phone\n        }\n      }\n    }\n  }\n": types.RegistrationCheckProspectContactsDocument,
    "\n  query DepartmentReportsDemoSeed($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n    monthlyRevenueReport(month: $m) {\n      statements\n      total\n      byCustomer {\n        customer {\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          name\n        }\n        statements\n        total\n      }\n    }\n  }\n": types.DepartmentReportsDemoSeedDocument,
    "\n  query DepartmentReportsWorkload($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        id\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n  }\n": types.DepartmentReportsWorkloadDocument,
    "\n  query DepartmentReportsRevenue($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      month\n      statements\n      total\n      byCustomer {\n        customer {\n          id\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          id\n          name\n        }\n        customers\n        statements\n        total\n      }\n    }\n  }\n": types.DepartmentReportsRevenueDocument,
    "\n  mutation DepartmentReportsRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n    }\n  }\n": types.DepartmentReportsRegisterDocument,
    "\n  mutation BudgetsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.BudgetsApproveRequestDocument,
    "\n  mutation BudgetsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"no receipt\") {\n      id\n      status\n    }\n  }\n": types.BudgetsRejectRequestDocument,
    "\n  mutation BudgetsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n      year\n      month\n      amount\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n": types.BudgetsSetBudgetDocument,
    "\n  mutation BudgetsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n": types.BudgetsFileExpenseClaimDocument,
    "\n  query BudgetsBudgetReport($y: Int!, $m: Int) {\n    budgetReport(year: $y, month: $m) {\n      year\n      month\n      firstDay\n      lastDay\n      rows {\n        staff {\n          id\n        }\n        budget\n        approved\n        pending\n        remaining\n        approvedClaims\n        confirmedSales\n        ratio\n      }\n      department {\n        budget\n        allocated\n        unallocated\n        approved\n        pending\n        remaining\n        confirmedSales\n        ratio\n      }\n    }\n  }\n": types.BudgetsBudgetReportDocument,
    "\n  mutation ClaimsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.ClaimsApproveRequestDocument,
    "\n  mutation ClaimsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not a business expense\") {\n      id\n      status\n    }\n  }\n": types.ClaimsRejectRequestDocument,
    "\n  mutation ClaimsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n    }\n  }\n": types.ClaimsSetBudgetDocument,
    "\n  query ClaimsApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n": types.ClaimsApprovalRequestDocument,
    "\n  mutation ClaimsRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"310.00\", reason: \"x\") {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n": types.ClaimsRequestRateChangeDocument,
    "\n  mutation ClaimsRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [WAREHOUSE]) {\n      id\n    }\n  }\n": types.ClaimsRequestSpecialOperationDocument,
    "\n  query ClaimsApprovalRequest2($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      kind\n      expense {\n        amount\n      }\n    }\n  }\n": types.ClaimsApprovalRequest2Document,
    "\n  mutation ClaimsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      requester {\n        id\n      }\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n": types.ClaimsFileExpenseClaimDocument,
    "\n      query ClaimsApprovalRequests {\n        approvalRequests(kind: EXPENSE, first: 100) {\n          edges {\n            node {\n              id\n              expense {\n                amount\n                spender {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ClaimsApprovalRequestsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      staff {\n        id\n        email\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      roles\n      department\n      active\n    }\n  }\n": types.MeDocument,
    "\n  query StaffMembers($role: Role) {\n    staffMembers(role: $role) {\n      id\n      roles\n    }\n  }\n": types.StaffMembersDocument,
    "\n  query IdPolicyStatement($id: ID!) {\n    statement(id: $id) {\n      id\n    }\n  }\n": types.IdPolicyStatementDocument,
    "\n  query IdPolicyApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n": types.IdPolicyApprovalRequestDocument,
    "\n  query IdPolicyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.IdPolicyCustomerDocument,
    "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) {\n      id\n    }\n  }\n": types.IdPolicyIssueStatementDocument,
    "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(\n      customerId: $customerId\n      amount: \"10.00\"\n      receivedOn: $on\n      reference: \"bank 1\"\n      idempotencyKey: $key\n    ) {\n      id\n    }\n  }\n": types.IdPolicyRecordPaymentDocument,
    "\n  mutation IdPolicyRateChange($customerId: ID!) {\n    requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") {\n      id\n    }\n  }\n": types.IdPolicyRateChangeDocument,
    "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) {\n    createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) {\n      id\n    }\n  }\n": types.IdPolicyPickupDocument,
    "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) {\n    reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") {\n      id\n    }\n  }\n": types.IdPolicyReassignDocument,
    "\n  mutation IdPolicyApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.IdPolicyApproveDocument,
    "\n  mutation IdPolicyInvoice($id: ID!) {\n    issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") {\n      id\n    }\n  }\n": types.IdPolicyInvoiceDocument,
    "\n  mutation IdPolicyUnlock($staffId: ID!) {\n    unlockStaff(staffId: $staffId) {\n      id\n    }\n  }\n": types.IdPolicyUnlockDocument,
    "\n  mutation IdPolicySendSheet($ids: [ID!]!) {\n    sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") {\n      id\n    }\n  }\n": types.IdPolicySendSheetDocument,
    "\n  query IdPolicyStatements($customerId: ID) {\n    statements(customerId: $customerId) {\n      totalCount\n    }\n  }\n": types.IdPolicyStatementsDocument,
    "\n  query IdPolicyOrders($customerId: ID) {\n    warehouseOrders(customerId: $customerId) {\n      totalCount\n    }\n  }\n": types.IdPolicyOrdersDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      email\n      roles\n      department\n      active\n    }\n  }\n": types.CreateStaffDocument,
    "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AuditForDocument,
    "\n  mutation ModelApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      id\n      status\n    }\n  }\n": types.ModelApproveDocument,
    "\n  mutation ModelRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelRequestRateDocument,
    "\n  mutation ModelRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      status\n      freightRate\n      paymentTermDays\n    }\n  }\n": types.ModelRegisterDocument,
    "\n  mutation ModelNotice($c: ID!, $d: [Department!]!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: $d) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n": types.ModelNoticeDocument,
    "\n  mutation ModelSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n": types.ModelSignNoticeDocument,
    "\n  mutation ModelRequestArrears($c: ID!, $a: Money!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $d, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelRequestArrearsDocument,
    "\n  mutation ModelRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelRequestDeductionDocument,
    "\n  mutation ModelRequestTerms($c: ID!, $d: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $d, storageRate: $s, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelRequestTermsDocument,
    "\n  mutation ModelRequestFree($k: ID!) {\n    requestFreeShipment(consignmentId: $k, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelRequestFreeDocument,
    "\n  mutation ModelReject($id: ID!) {\n    rejectRequest(id: $id, note: \"no\") {\n      id\n      status\n    }\n  }\n": types.ModelRejectDocument,
    "\n  query ModelConsents {\n    arrearsConsents {\n      id\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n": types.ModelConsentsDocument,
    "\n  mutation ModelSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n      status\n    }\n  }\n": types.ModelSignConsentDocument,
    "\n  mutation ModelConsign($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      rate\n      freight\n      total\n      shippedOn\n    }\n  }\n": types.ModelConsignDocument,
    "\n  mutation ModelConsignUnpriced($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      shippedOn\n    }\n  }\n": types.ModelConsignUnpricedDocument,
    "\n  mutation ModelIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        amount\n      }\n    }\n  }\n": types.ModelIssueDocument,
    "\n  mutation ModelConfirm($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户\") {\n      id\n      status\n      dueDate\n    }\n  }\n": types.ModelConfirmDocument,
    "\n  mutation ModelVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"model\") {\n      id\n      status\n    }\n  }\n": types.ModelVoidDocument,
    "\n  mutation ModelOccupy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n    }\n  }\n": types.ModelOccupyDocument,
    "\n  mutation ModelEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n    }\n  }\n": types.ModelEndOccupancyDocument,
    "\n  mutation ModelPay($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK\", idempotencyKey: $k) {\n      id\n      customer {\n        balance\n      }\n    }\n  }\n": types.ModelPayDocument,
    "\n  mutation ModelPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"货物\") {\n      id\n    }\n  }\n": types.ModelPickupDocument,
    "\n  query ModelPeek($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        phone\n      }\n      balance\n    }\n  }\n": types.ModelPeekDocument,
    "\n  query ModelPeekAll {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          owner {\n            id\n          }\n          contacts {\n            phone\n          }\n          balance\n        }\n      }\n    }\n  }\n": types.ModelPeekAllDocument,
    "\n  query NotificationsInbox($first: Int, $after: String, $u: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $u) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          customer {\n            id\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsInboxDocument,
    "\n  mutation NotificationsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.NotificationsApproveRequestDocument,
    "\n  mutation NotificationsRecordComplaint($c: ID!) {\n    recordComplaint(input: { customerId: $c, description: \"late delivery\", severity: HIGH }) {\n      id\n    }\n  }\n": types.NotificationsRecordComplaintDocument,
    "\n  mutation NotificationsAssignComplaint($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      id\n    }\n  }\n": types.NotificationsAssignComplaintDocument,
    "\n  mutation NotificationsCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [FINANCE, DISPATCH]) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n": types.NotificationsCreateOperationNoticeDocument,
    "\n  mutation NotificationsRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [FINANCE]) {\n      id\n    }\n  }\n": types.NotificationsRequestArrearsDocument,
    "\n  mutation NotificationsRecordVisitRequest($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"问运价\") {\n      id\n    }\n  }\n": types.NotificationsRecordVisitRequestDocument,
    "\n  mutation NotificationsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": types.NotificationsReassignCustomerDocument,
    "\n  mutation NotificationsRecordPayment($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"123.45\"\n      receivedOn: $d\n      reference: \"BANK-9\"\n      idempotencyKey: \"notify-pay-1\"\n    ) {\n      id\n    }\n  }\n": types.NotificationsRecordPaymentDocument,
    "\n  mutation NotificationsRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: []) {\n      id\n      departments\n    }\n  }\n": types.NotificationsRequestArrears2Document,
    "\n  mutation NotificationsLogout {\n    logout\n  }\n": types.NotificationsLogoutDocument,
    "\n  mutation NotificationsChangePassword {\n    changePassword(currentPassword: \"Passw0rd!\", newPassword: \"N3wPassw0rd!\") {\n      token\n    }\n  }\n": types.NotificationsChangePasswordDocument,
    "\n  mutation NotificationsDeactivateStaff($id: ID!) {\n    deactivateStaff(staffId: $id) {\n      id\n    }\n  }\n": types.NotificationsDeactivateStaffDocument,
    "\n  mutation NotificationsRecordVisitRequest2($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"visit\") {\n      id\n    }\n  }\n": types.NotificationsRecordVisitRequest2Document,
    "\n  mutation NotificationsRecordVisitRequest3($c: ID!) {\n    recordVisitRequest(customerId: $c) {\n      id\n    }\n  }\n": types.NotificationsRecordVisitRequest3Document,
    "\n  query NotificationsInboxFirstNegative {\n    notifications(first: -1) {\n      totalCount\n    }\n  }\n": types.NotificationsInboxFirstNegativeDocument,
    "\n  query NotificationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.NotificationsUnreadNotificationCountDocument,
    "\n  mutation NotificationsMarkNotificationsRead2 {\n    markNotificationsRead\n  }\n": types.NotificationsMarkNotificationsRead2Document,
    "\n  mutation NotificationsRecordPayment2($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"10.00\"\n      receivedOn: $d\n      reference: \"BANK-F\"\n      idempotencyKey: \"notify-fail-1\"\n    ) {\n      id\n    }\n  }\n": types.NotificationsRecordPayment2Document,
    "\n  query NotificationsNotifications3 {\n    notifications(first: 1) {\n      edges {\n        node {\n          kind\n          customer {\n            id\n            address\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsNotifications3Document,
    "\n  mutation NotificationsRequestRateChange($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"volume\") {\n      id\n    }\n  }\n": types.NotificationsRequestRateChangeDocument,
    "\n      mutation NotificationsFileExpenseClaim($a: Money!, $on: LocalDate!) {\n        fileExpenseClaim(\n          input: { amount: $a, category: TRAVEL, spentOn: $on, receiptRef: \"R-1\", description: \"train to Nanjing\" }\n        ) {\n          id\n          kind\n          customer {\n            id\n          }\n        }\n      }\n    ": types.NotificationsFileExpenseClaimDocument,
    "\n      mutation NotificationsApproveRequest2($id: ID!) {\n        approveRequest(id: $id) {\n          id\n        }\n      }\n    ": types.NotificationsApproveRequest2Document,
    "\n      mutation NotificationsSignOperationNotice($id: ID!, $d: Department!) {\n        signOperationNotice(id: $id, department: $d) {\n          status\n        }\n      }\n    ": types.NotificationsSignOperationNoticeDocument,
    "\n      mutation NotificationsSignArrearsConsent($id: ID!, $d: Department!) {\n        signArrearsConsent(id: $id, department: $d) {\n          id\n        }\n      }\n    ": types.NotificationsSignArrearsConsentDocument,
    "\n      mutation NotificationsMarkNotificationsRead($ids: [ID!]) {\n        markNotificationsRead(ids: $ids)\n      }\n    ": types.NotificationsMarkNotificationsReadDocument,
    "\n  mutation OperationNoticesRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"steady volume\") {\n      id\n    }\n  }\n": types.OperationNoticesRequestSettlementChangeDocument,
    "\n  query OperationNoticesOperationNotices($c: ID) {\n    operationNotices(customerId: $c, status: COMPLETED) {\n      id\n    }\n  }\n": types.OperationNoticesOperationNoticesDocument,
    "\n  mutation OperationNoticesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      status\n      kind\n      handler {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n": types.OperationNoticesCreateOperationNoticeDocument,
    "\n  mutation OperationNoticesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      id\n      status\n      completedAt\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n": types.OperationNoticesSignOperationNoticeDocument,
    "\n      query OperationNoticesOperationNotices2($c: ID) {\n        operationNotices(customerId: $c, status: PENDING) {\n          id\n          customer {\n            id\n          }\n        }\n      }\n    ": types.OperationNoticesOperationNotices2Document,
    "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      daysPresent\n      leave\n      unexcusedAbsences\n      fines\n      compensation\n    }\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      recordedDays\n    }\n    violations(month: $month) {\n      id\n      kind\n    }\n  }\n": types.DemoAdministrationReportsDocument,
    "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) {\n      totalCount\n    }\n  }\n": types.DemoWarehouseOrdersDocument,
    "\n  query DemoOrderSheets {\n    orderSheets {\n      totalCount\n      edges {\n        node {\n          placedAt\n          orders {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.DemoOrderSheetsDocument,
    "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n    }\n  }\n": types.PayrollRecordAttendanceDocument,
    "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      fine\n      compensation\n    }\n  }\n": types.PayrollRecordViolationDocument,
    "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      month\n      daysPresent\n      businessTripDays\n      leave\n      sickDays\n      unexcusedAbsences\n      absencesFromFalseVisitReports\n      violations\n      fines\n      compensation\n      totalDeductions\n    }\n  }\n": types.PayrollSummaryDocument,
    "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n": types.PayrollAttendanceSummaryDocument,
    "\n  query PerformanceDashboard($n: Int) {\n    customers(first: $n) {\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n            name\n          }\n          balance\n          recentVisits {\n            id\n            plannedAt\n            purpose\n            status\n          }\n          openReceivables {\n            id\n            amount\n            dueDate\n            outstanding\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceDashboardDocument,
    "\n  query PerformanceCustomersWithoutCount {\n    customers(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PerformanceCustomersWithoutCountDocument,
    "\n  query PerformanceCustomersWithCount {\n    customers(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PerformanceCustomersWithCountDocument,
    "\n  query PerformanceVisitsPage($n: Int) {\n    visits(first: $n) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            name\n            balance\n          }\n          salesperson {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceVisitsPageDocument,
    "\n  query PerformanceReceivablesPage($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          id\n          outstanding\n          customer {\n            id\n            recentVisits {\n              id\n            }\n            openReceivables {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceReceivablesPageDocument,
    "\n  query PerformanceOwnerRoles {\n    customers(first: 3) {\n      edges {\n        node {\n          owner {\n            id\n            name\n            roles\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceOwnerRolesDocument,
    "\n  query PerformanceRecentVisitsLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            purpose\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceRecentVisitsLimitDocument,
    "\n  query PerformanceRecentVisitsBadLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PerformanceRecentVisitsBadLimitDocument,
    "\n  query AgingReportPlan($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        total\n      }\n      totals {\n        notDue\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n": types.AgingReportPlanDocument,
    "\n  mutation ReceivablesDemoLogin($e: String!) {\n    login(email: $e, password: \"demo12345\") {\n      token\n    }\n  }\n": types.ReceivablesDemoLoginDocument,
    "\n  query ReceivablesDemoOverdue {\n    receivables(filter: { overdue: true }) {\n      totalCount\n    }\n  }\n": types.ReceivablesDemoOverdueDocument,
    "\n  query ReceivablesDemoArrearsConsents {\n    arrearsConsents(overdue: true) {\n      handler {\n        name\n      }\n      unpaidAmount\n    }\n  }\n": types.ReceivablesDemoArrearsConsentsDocument,
    "\n  query ReceivablesDemoMonthlyReport($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        opening\n        added\n        received\n        closing\n      }\n      totals {\n        closing\n      }\n    }\n  }\n": types.ReceivablesDemoMonthlyReportDocument,
    "\n  query ReceivablesDemoAging {\n    agingReport {\n      totals {\n        total\n      }\n    }\n  }\n": types.ReceivablesDemoAgingDocument,
    "\n  query KeptBalancesMonthly($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        customer {\n          id\n        }\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n": types.KeptBalancesMonthlyDocument,
    "\n  query KeptBalancesAging($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        customer {\n          id\n        }\n        total\n      }\n    }\n  }\n": types.KeptBalancesAgingDocument,
    "\n  mutation KeptBalancesFailingPayment($c: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $c, amount: \"5.00\", receivedOn: $on, reference: \"x\", idempotencyKey: $key) {\n      id\n    }\n  }\n": types.KeptBalancesFailingPaymentDocument,
    "\n  query KeptBalancesCustomer($id: ID!) {\n    customer(id: $id) {\n      balance\n      openReceivables {\n        id\n        outstanding\n      }\n    }\n  }\n": types.KeptBalancesCustomerDocument,
    "\n  query KeptBalancesMonthlyReads {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        opening\n      }\n      byOwner {\n        opening\n      }\n      totals {\n        closing\n      }\n    }\n  }\n": types.KeptBalancesMonthlyReadsDocument,
    "\n  query KeptBalancesAgingReads {\n    agingReport(asOf: \"2026-10-15\") {\n      rows {\n        total\n      }\n      totals {\n        total\n      }\n    }\n  }\n": types.KeptBalancesAgingReadsDocument,
    "\n  mutation NoHoleApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n": types.NoHoleApproveDocument,
    "\n  mutation NoHoleRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n    }\n  }\n": types.NoHoleRecordDocument,
    "\n  mutation NoHoleRegister($i: RegisterCustomerInput!) {\n    registerCustomer(input: $i) {\n      id\n      freightRate\n    }\n  }\n": types.NoHoleRegisterDocument,
    "\n  mutation NoHoleFirstRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"320.00\", reason: \"首次运价\") {\n      id\n      oldRate\n    }\n  }\n": types.NoHoleFirstRateDocument,
    "\n  mutation NoHoleZeroRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"0.00\", reason: \"免运费\") {\n      id\n    }\n  }\n": types.NoHoleZeroRateDocument,
    "\n  query NoHoleCustomerRate($c: ID!) {\n    customer(id: $c) {\n      freightRate\n    }\n  }\n": types.NoHoleCustomerRateDocument,
    "\n  mutation NoHoleFreeShipment($id: ID!) {\n    requestFreeShipment(consignmentId: $id, reason: \"货损补偿\") {\n      id\n    }\n  }\n": types.NoHoleFreeShipmentDocument,
    "\n  mutation NoHoleIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n": types.NoHoleIssueDocument,
    "\n  mutation NoHoleIssueWithLines($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      total\n      lines {\n        kind\n        amount\n        late\n        description\n      }\n    }\n  }\n": types.NoHoleIssueWithLinesDocument,
    "\n  mutation NoHoleVoid($id: ID!, $reason: String!) {\n    voidStatement(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.NoHoleVoidDocument,
    "\n  mutation NoHoleRecordOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      fromDate\n      toDate\n    }\n  }\n": types.NoHoleRecordOccupancyDocument,
    "\n  mutation NoHoleEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n      fromDate\n      toDate\n    }\n  }\n": types.NoHoleEndOccupancyDocument,
    "\n  mutation NoHolePay($c: ID!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: \"10.00\", receivedOn: $d, reference: \"R\", idempotencyKey: $k) {\n      id\n    }\n  }\n": types.NoHolePayDocument,
    "\n  mutation NoHoleArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n": types.NoHoleArrearsDocument,
    "\n  mutation NoHolePickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"箱\") {\n      id\n    }\n  }\n": types.NoHolePickupDocument,
    "\n  query NoHoleAging2099 {\n    agingReport(asOf: \"2099-01-01\") {\n      asOf\n    }\n  }\n": types.NoHoleAging2099Document,
    "\n  mutation NoHolePlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n": types.NoHolePlanVisitDocument,
    "\n  query NoHoleMonthlyReceivables($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      totals {\n        closing\n      }\n    }\n  }\n": types.NoHoleMonthlyReceivablesDocument,
    "\n  query NoHolePayroll($m: String!) {\n    payrollSummary(month: $m) {\n      fines\n    }\n  }\n": types.NoHolePayrollDocument,
    "\n  query MonthlyReportPlan {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        closing\n      }\n      byOwner {\n        closing\n      }\n      totals {\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n": types.MonthlyReportPlanDocument,
    "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) {\n      id\n      amount\n      customer {\n        balance\n      }\n    }\n  }\n": types.PaymentsTestPayDocument,
    "\n  query PaymentsTestOutstanding($c: ID) {\n    receivables(filter: { customerId: $c }) {\n      edges {\n        node {\n          statement {\n            id\n          }\n          outstanding\n          settled\n        }\n      }\n    }\n  }\n": types.PaymentsTestOutstandingDocument,
    "\n  mutation PaymentsTestPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"20 箱电子元件\") {\n      id\n      status\n    }\n  }\n": types.PaymentsTestPickupDocument,
    "\n  mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n": types.PaymentsTestArrearsDocument,
    "\n  mutation PaymentsTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n": types.PaymentsTestApproveDocument,
    "\n  mutation PaymentsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n": types.PaymentsTestSignConsentDocument,
    "\n  mutation PaymentsTestSignPickup($id: ID!) {\n    signPickupNotice(id: $id) {\n      status\n    }\n  }\n": types.PaymentsTestSignPickupDocument,
    "\n  mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) {\n    rejectPickupNotice(id: $id, reason: $reason) {\n      status\n    }\n  }\n": types.PaymentsTestRejectPickupDocument,
    "\n  mutation RulesTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n": types.RulesTestApproveDocument,
    "\n  mutation RulesTestDeduction($c: ID!) {\n    requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") {\n      id\n    }\n  }\n": types.RulesTestDeductionDocument,
    "\n  mutation RulesTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"redo\") {\n      id\n    }\n  }\n": types.RulesTestVoidDocument,
    "\n  mutation RulesTestFree($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"goodwill\") {\n      id\n    }\n  }\n": types.RulesTestFreeDocument,
    "\n  mutation RulesTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n": types.RulesTestArrearsDocument,
    "\n  query RulesTestOverdue {\n    arrearsConsents(overdue: true) {\n      customer {\n        id\n      }\n      handler {\n        id\n        name\n      }\n      unpaidAmount\n    }\n  }\n": types.RulesTestOverdueDocument,
    "\n  query RulesTestConsents {\n    arrearsConsents {\n      customer {\n        id\n      }\n      unpaidAmount\n    }\n  }\n": types.RulesTestConsentsDocument,
    "\n  mutation RulesTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n": types.RulesTestSignConsentDocument,
    "\n  query RulesTestBalance($c: ID!) {\n    customer(id: $c) {\n      balance\n    }\n  }\n": types.RulesTestBalanceDocument,
    "\n  query RulesTestReceivables($f: ReceivableFilter) {\n    receivables(filter: $f) {\n      totalCount\n      edges {\n        node {\n          dueDate\n          overdue\n          settled\n          outstanding\n        }\n      }\n    }\n  }\n": types.RulesTestReceivablesDocument,
    "\n  query SqlCountReceivables($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          outstanding\n          settled\n          overdue\n          customer {\n            name\n            balance\n          }\n          statement {\n            total\n            lines {\n              amount\n            }\n            invoice {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SqlCountReceivablesDocument,
    "\n  query SqlCountStatements($n: Int) {\n    statements(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            balance\n          }\n          lines {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.SqlCountStatementsDocument,
    "\n  query SqlCountConsignments($n: Int) {\n    consignments(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            name\n            balance\n          }\n        }\n      }\n    }\n  }\n": types.SqlCountConsignmentsDocument,
    "\n  mutation StatementsTestRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n    }\n  }\n": types.StatementsTestRecordDocument,
    "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      areaSquareMeters\n    }\n  }\n": types.StatementsTestOccupancyDocument,
    "\n  query StatementsTestNotices($c: ID) {\n    storageAreaNotices(customerId: $c) {\n      message\n      customer {\n        id\n      }\n    }\n  }\n": types.StatementsTestNoticesDocument,
    "\n  mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n": types.StatementsTestIssueDocument,
    "\n  mutation StatementsTestVoid($id: ID!, $r: String!) {\n    voidStatement(id: $id, reason: $r) {\n      status\n      voidReason\n    }\n  }\n": types.StatementsTestVoidDocument,
    "\n  mutation StatementsTestConfirm($id: ID!, $by: String!) {\n    confirmStatement(id: $id, confirmedBy: $by) {\n      id\n    }\n  }\n": types.StatementsTestConfirmDocument,
    "\n  mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) {\n    issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) {\n      id\n      invoiceNo\n      amount\n    }\n  }\n": types.StatementsTestInvoiceDocument,
    "\n  query StatementsTestList($c: ID) {\n    statements(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          total\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StatementsTestListDocument,
    "\n  fragment RulebookComplaintsFields on Complaint {\n    id\n    status\n    severity\n    dueDate\n    overdue\n    handledInTime\n    handlingHours\n    description\n    resolution\n    customer {\n      id\n    }\n    handler {\n      id\n    }\n    recordedBy {\n      id\n    }\n    followUpSurvey {\n      id\n    }\n  }\n": types.RulebookComplaintsFieldsFragmentDoc,
    "\n  mutation RulebookComplaintsRecord($input: ComplaintInput!) {\n    recordComplaint(input: $input) {\n      ...RulebookComplaintsFields\n    }\n  }\n": types.RulebookComplaintsRecordDocument,
    "\n  mutation RulebookComplaintsAssign($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      ...RulebookComplaintsFields\n    }\n  }\n": types.RulebookComplaintsAssignDocument,
    "\n  mutation RulebookComplaintsResolve($id: ID!, $r: String!) {\n    resolveComplaint(id: $id, resolution: $r) {\n      ...RulebookComplaintsFields\n    }\n  }\n": types.RulebookComplaintsResolveDocument,
    "\n  mutation RulebookComplaintsLinkComplaintFollowUp($id: ID!, $s: ID!) {\n    linkComplaintFollowUp(id: $id, surveyId: $s) {\n      id\n      followUpSurvey {\n        id\n      }\n    }\n  }\n": types.RulebookComplaintsLinkComplaintFollowUpDocument,
    "\n  query RulebookComplaintsComplaints($f: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          overdue\n          description\n          customer {\n            id\n          }\n          handler {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RulebookComplaintsComplaintsDocument,
    "\n  mutation RulebookMarketIntelligenceRecordMarketIntelligence($input: MarketIntelligenceInput!) {\n    recordMarketIntelligence(input: $input) {\n      id\n      competitor\n      route\n      rate\n      details\n      recordedOn\n      customer {\n        id\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": types.RulebookMarketIntelligenceRecordMarketIntelligenceDocument,
    "\n  query RulebookMarketIntelligenceMarketIntelligence($f: IntelligenceFilter, $first: Int, $after: String) {\n    marketIntelligence(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          competitor\n          route\n          rate\n          recordedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RulebookMarketIntelligenceMarketIntelligenceDocument,
    "\n  query RulebookMarketIntelligenceMarketIntelligenceSummary($from: LocalDate, $to: LocalDate) {\n    marketIntelligenceSummary(from: $from, to: $to) {\n      from\n      to\n      reports\n      byCompetitor {\n        competitor\n        reports\n        customers\n        lostCustomers\n        routes\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      byRoute {\n        route\n        reports\n        competitors\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      lostCustomerAnalyses {\n        id\n        reasons\n        customer {\n          id\n        }\n      }\n    }\n  }\n": types.RulebookMarketIntelligenceMarketIntelligenceSummaryDocument,
    "\n  query RulebookRankingPerformanceRanking($m: String!) {\n    performanceRanking(month: $m) {\n      staff {\n        id\n        name\n      }\n      month\n      score\n      rank\n      of\n      components {\n        component\n        raw\n        normalized\n        weight\n        points\n      }\n    }\n  }\n": types.RulebookRankingPerformanceRankingDocument,
    "\n  query RulebookRankingRankingWeights {\n    rankingWeights {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setAt\n      setBy {\n        id\n      }\n    }\n  }\n": types.RulebookRankingRankingWeightsDocument,
    "\n  mutation RulebookRankingSetRankingWeights($input: RankingWeightsInput!) {\n    setRankingWeights(input: $input) {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setBy {\n        id\n      }\n    }\n  }\n": types.RulebookRankingSetRankingWeightsDocument,
    "\n  mutation RulebookRankingSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: \"test\") {\n      id\n    }\n  }\n": types.RulebookRankingSetSalesTargetDocument,
    "\n  mutation RulebookTargetsSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!, $r: String) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: $r) {\n      id\n      month\n      salesTarget\n      collectionTarget\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n": types.RulebookTargetsSetSalesTargetDocument,
    "\n  query RulebookTargetsTargetAchievement($m: String!) {\n    targetAchievement(month: $m) {\n      month\n      rows {\n        staff {\n          id\n          name\n        }\n        targetSet\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n      department {\n        salespeople\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n    }\n  }\n": types.RulebookTargetsTargetAchievementDocument,
    "\n  query RulebookTargetsSalesTargetChanges($s: ID, $m: String) {\n    salesTargetChanges(staffId: $s, month: $m) {\n      totalCount\n      edges {\n        node {\n          month\n          previousSalesTarget\n          previousCollectionTarget\n          salesTarget\n          collectionTarget\n          afterMonthBegan\n          reason\n          staff {\n            id\n          }\n          changedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RulebookTargetsSalesTargetChangesDocument,
    "\n  query RulebookTargetsMonthlyRevenueReport($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      bySalesperson {\n        salesperson {\n          id\n        }\n        total\n      }\n    }\n  }\n": types.RulebookTargetsMonthlyRevenueReportDocument,
    "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n      total\n      shippedOn\n    }\n  }\n": types.FactoryRecordConsignmentDocument,
    "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        description\n        amount\n      }\n    }\n  }\n": types.FactoryIssueStatementDocument,
    "\n  mutation FactoryConfirmStatement($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户 王先生\") {\n      id\n      status\n      dueDate\n      total\n      confirmedBy\n    }\n  }\n": types.FactoryConfirmStatementDocument,
    "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n": types.FactoryRecordPaymentDocument,
    "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      staff {\n        id\n        name\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n      description\n      recordedBy {\n        id\n      }\n    }\n  }\n": types.RecordViolationDocument,
    "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) {\n      id\n      staff {\n        id\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n    }\n  }\n": types.ViolationsDocument,
    "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ViolationAuditDocument,
    "\n  mutation VisitRequestsRecord($c: ID!, $d: LocalDate, $n: String) {\n    recordVisitRequest(customerId: $c, preferredDate: $d, note: $n) {\n      id\n      open\n      preferredDate\n      note\n      requestedAt\n      recordedBy {\n        id\n      }\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n": types.VisitRequestsRecordDocument,
    "\n  query VisitRequestsOpen($open: Boolean) {\n    visitRequests(open: $open) {\n      id\n      open\n      waitedHours\n      waitedDays\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n": types.VisitRequestsOpenDocument,
    "\n  mutation VisitRequestsPlan($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      visitRequest {\n        id\n        open\n      }\n    }\n  }\n": types.VisitRequestsPlanDocument,
    "\n  mutation VisitRequestsCancel($v: ID!) {\n    cancelVisit(visitId: $v, reason: \"Car broke down\") {\n      id\n    }\n  }\n": types.VisitRequestsCancelDocument,
    "\n  mutation VisitsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n": types.VisitsReassignCustomerDocument,
    "\n  mutation VisitsPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      status\n      plannedAt\n      purpose\n      salesperson {\n        id\n      }\n      plannedBy {\n        id\n      }\n      customer {\n        id\n      }\n      visitRequest {\n        id\n      }\n    }\n  }\n": types.VisitsPlanVisitDocument,
    "\n  mutation VisitsCheckInVisit($v: ID!, $lat: Float, $lng: Float, $acc: Float, $t: DateTimeISO) {\n    checkInVisit(visitId: $v, latitude: $lat, longitude: $lng, accuracy: $acc, clientTime: $t) {\n      id\n      status\n      checkedInAt\n      clientReportedAt\n      checkInLatitude\n      checkInLongitude\n      checkInAccuracyMeters\n      checkInDistanceMeters\n      checkInFlagged\n    }\n  }\n": types.VisitsCheckInVisitDocument,
    "\n  mutation VisitsCompleteVisit($v: ID!, $s: String!) {\n    completeVisit(visitId: $v, summary: $s) {\n      id\n      status\n      summary\n      completedAt\n    }\n  }\n": types.VisitsCompleteVisitDocument,
    "\n  mutation VisitsCancelVisit($v: ID!, $r: String!) {\n    cancelVisit(visitId: $v, reason: $r) {\n      id\n      status\n      cancelReason\n    }\n  }\n": types.VisitsCancelVisitDocument,
    "\n  mutation VisitsMarkVisitFalse($v: ID!, $r: String!) {\n    markVisitFalse(visitId: $v, reason: $r) {\n      id\n      status\n      falseReason\n      markedFalseAt\n      markedFalseBy {\n        id\n      }\n    }\n  }\n": types.VisitsMarkVisitFalseDocument,
    "\n      query VisitsVisits($f: VisitFilter) {\n        visits(first: 100, filter: $f) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.VisitsVisitsDocument,
    "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id\n      orderNo\n      deliveryNoteNo\n      consignee\n      orderDate\n      items\n      notes\n      status\n      verificationNote\n      verifiedBy {\n        id\n      }\n      sheet {\n        id\n      }\n      customer {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n": types.RecordWarehouseOrderDocument,
    "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) {\n      id\n      status\n      verificationNote\n      verifiedAt\n      verifiedBy {\n        id\n      }\n    }\n  }\n": types.VerifyWarehouseOrderDocument,
    "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id\n      placedAt\n      sentOn\n      customer {\n        id\n        name\n      }\n      sentBy {\n        id\n      }\n      consignees\n      orders {\n        id\n        orderNo\n        status\n        sheet {\n          id\n        }\n      }\n    }\n  }\n": types.SendOrderSheetDocument,
    "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          orderNo\n          status\n          verificationNote\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.WarehouseOrdersDocument,
    "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount\n      edges {\n        node {\n          id\n          placedAt\n          sentOn\n          customer {\n            id\n          }\n          consignees\n          orders {\n            orderNo\n          }\n        }\n      }\n    }\n  }\n": types.OrderSheetsDocument,
    "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SheetAuditDocument,
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
export function graphql(source: "\n  fragment ApprovalsTestRequest on ApprovalRequest {\n    id\n    kind\n    status\n    requester {\n      id\n    }\n    decidedBy {\n      id\n    }\n    note\n    newRate\n    oldRate\n    amount\n    promisedDate\n    method\n    departments\n  }\n"): (typeof documents)["\n  fragment ApprovalsTestRequest on ApprovalRequest {\n    id\n    kind\n    status\n    requester {\n      id\n    }\n    decidedBy {\n      id\n    }\n    note\n    newRate\n    oldRate\n    amount\n    promisedDate\n    method\n    departments\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestReject($id: ID!, $note: String!) {\n    rejectRequest(id: $id, note: $note) {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestReject($id: ID!, $note: String!) {\n    rejectRequest(id: $id, note: $note) {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") {\n    r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestRate($c: ID!, $rate: Money! = \"290.00\") {\n    r: requestRateChange(customerId: $c, newRate: $rate, reason: \"volume\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestFree($c: ID!) {\n    r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestFree($c: ID!) {\n    r: requestFreeShipment(consignmentId: $c, reason: \"damaged goods compensation\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSettlement($c: ID!) {\n    r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSettlement($c: ID!) {\n    r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"big account\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestArrears($c: ID!, $d: LocalDate!) {\n    r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: $d, reason: \"cash flow\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestArrears($c: ID!, $d: LocalDate!) {\n    r: requestArrears(customerId: $c, amount: \"1000.00\", promisedDate: $d, reason: \"cash flow\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestDeduction($c: ID!) {\n    r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestDeduction($c: ID!) {\n    r: requestDeduction(customerId: $c, amount: \"120.50\", reason: \"broken carton verified by warehouse\") {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSpecial($c: ID!) {\n    r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) {\n      ...ApprovalsTestRequest\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSpecial($c: ID!) {\n    r: requestSpecialOperation(customerId: $c, details: \"night delivery\", departments: [DISPATCH, WAREHOUSE]) {\n      ...ApprovalsTestRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: $cut\n      maxManagerArrearsAmount: $arrears\n      maxManagerDeductionAmount: $deduction\n    ) {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: $cut\n      maxManagerArrearsAmount: $arrears\n      maxManagerDeductionAmount: $deduction\n    ) {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestPolicy {\n    approvalPolicy {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n      maxManagerDeductionAmount\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestPolicy {\n    approvalPolicy {\n      maxManagerRateCutPercent\n      maxManagerArrearsAmount\n      maxManagerDeductionAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"rate changed\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"rate changed\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) {\n      id\n      method\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestNotice($c: ID!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) {\n      id\n      method\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestConsents {\n    arrearsConsents {\n      id\n      amount\n      promisedDate\n      status\n      handler {\n        id\n      }\n      customer {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestConsents {\n    arrearsConsents {\n      id\n      amount\n      promisedDate\n      status\n      handler {\n        id\n      }\n      customer {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) {\n    signLiaisonForm(requestId: $id, department: $d) {\n      formStatus\n      signatures {\n        department\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) {\n    signLiaisonForm(requestId: $id, department: $d) {\n      formStatus\n      signatures {\n        department\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestSpecialList {\n    approvalRequests(first: 100, kind: SPECIAL_OPERATION) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestSpecialList {\n    approvalRequests(first: 100, kind: SPECIAL_OPERATION) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestOne($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestOne($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestMine {\n    approvalRequests(first: 100) {\n      edges {\n        node {\n          requester {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestMine {\n    approvalRequests(first: 100) {\n      edges {\n        node {\n          requester {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsTestBy($r: ID) {\n    approvalRequests(requesterId: $r, kind: RATE_CHANGE) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsTestBy($r: ID) {\n    approvalRequests(requesterId: $r, kind: RATE_CHANGE) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionTimeSetPolicy {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: 10\n      maxManagerArrearsAmount: \"500.00\"\n      maxManagerDeductionAmount: \"100.00\"\n    ) {\n      maxManagerRateCutPercent\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionTimeSetPolicy {\n    setApprovalPolicy(\n      maxManagerRateCutPercent: 10\n      maxManagerArrearsAmount: \"500.00\"\n      maxManagerDeductionAmount: \"100.00\"\n    ) {\n      maxManagerRateCutPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionTimeApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionTimeApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionTimeRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"market\") {\n      id\n      oldRate\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionTimeRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"market\") {\n      id\n      oldRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionTimeRequestArrears($c: ID!, $a: Money!, $p: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $p, reason: \"cash flow\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionTimeRequestArrears($c: ID!, $a: Money!, $p: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $p, reason: \"cash flow\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionTimeRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"damaged carton, verified\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionTimeRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"damaged carton, verified\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationWalkRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"1.00\", reason: \"r\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MutationWalkRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"1.00\", reason: \"r\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationWalkRequestFreeShipment($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"r\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MutationWalkRequestFreeShipment($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"r\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationWalkRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"r\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MutationWalkRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"r\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationWalkRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"1.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MutationWalkRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"1.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationWalkApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MutationWalkApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRequestSettlementChange($c: ID!, $m: SettlementMethod!) {\n    requestSettlementChange(customerId: $c, method: $m, reason: \"volume\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRequestSettlementChange($c: ID!, $m: SettlementMethod!) {\n    requestSettlementChange(customerId: $c, method: $m, reason: \"volume\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [WAREHOUSE]) {\n      id\n      departments\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [WAREHOUSE]) {\n      id\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesSignArrearsConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesSignArrearsConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignaturesArrearsConsents {\n    arrearsConsents(overdue: true) {\n      id\n      status\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignaturesArrearsConsents {\n    arrearsConsents(overdue: true) {\n      id\n      status\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignaturesArrearsConsents2 {\n    arrearsConsents(overdue: false) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignaturesArrearsConsents2 {\n    arrearsConsents(overdue: false) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not yet\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not yet\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [DISPATCH]) {\n      id\n      departments\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [DISPATCH]) {\n      id\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignaturesApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      signatures {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignaturesApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      signatures {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesRequestArrears3($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"x\", departments: [MARKET]) {\n      id\n      departments\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesRequestArrears3($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"x\", departments: [MARKET]) {\n      id\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignaturesArrearsConsents3 {\n    arrearsConsents {\n      customer {\n        id\n      }\n      signatures {\n        department\n      }\n      request {\n        departments\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignaturesArrearsConsents3 {\n    arrearsConsents {\n      customer {\n        id\n      }\n      signatures {\n        department\n      }\n      request {\n        departments\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignaturesSignoffPolicy {\n    signoffPolicy {\n      formKind\n      departments\n    }\n  }\n"): (typeof documents)["\n  query SignaturesSignoffPolicy {\n    signoffPolicy {\n      formKind\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesSetSignoffPolicy($k: SignoffFormKind!, $d: [Department!]!) {\n    setSignoffPolicy(formKind: $k, departments: $d) {\n      formKind\n      departments\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesSetSignoffPolicy($k: SignoffFormKind!, $d: [Department!]!) {\n    setSignoffPolicy(formKind: $k, departments: $d) {\n      formKind\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      method\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      method\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignaturesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignaturesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SignaturesCreatePickupNotice($c: ID!, $d: LocalDate!) {\n        createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 cartons\") {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SignaturesCreatePickupNotice($c: ID!, $d: LocalDate!) {\n        createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 cartons\") {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermsChangeApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TermsChangeApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermsChangeRecordStorageOccupancy($c: ID!, $f: LocalDate!) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: 10, from: $f) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TermsChangeRecordStorageOccupancy($c: ID!, $f: LocalDate!) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: 10, from: $f) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermsChangeBlankReason($c: ID!) {\n    requestTermsChange(customerId: $c, paymentTermDays: 20, reason: \"  \") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TermsChangeBlankReason($c: ID!) {\n    requestTermsChange(customerId: $c, paymentTermDays: 20, reason: \"  \") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermsChangeApproveOwn($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TermsChangeApproveOwn($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsChangeMutationArgTypes {\n    __schema {\n      mutationType {\n        fields {\n          name\n          args {\n            name\n            type {\n              name\n              kind\n              ofType {\n                name\n                kind\n                ofType {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermsChangeMutationArgTypes {\n    __schema {\n      mutationType {\n        fields {\n          name\n          args {\n            name\n            type {\n              name\n              kind\n              ofType {\n                name\n                kind\n                ofType {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsChangeInputFields($n: String!) {\n    __type(name: $n) {\n      kind\n      inputFields {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermsChangeInputFields($n: String!) {\n    __type(name: $n) {\n      kind\n      inputFields {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermsChangeRequestTermsChange($c: ID!, $t: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $t, storageRate: $s, reason: \"annual contract\") {\n      id\n      kind\n      status\n      paymentTermDays\n      storageRate\n    }\n  }\n"): (typeof documents)["\n  mutation TermsChangeRequestTermsChange($c: ID!, $t: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $t, storageRate: $s, reason: \"annual contract\") {\n      id\n      kind\n      status\n      paymentTermDays\n      storageRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n      date\n      status\n      falseVisitId\n      staff {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n      date\n      status\n      falseVisitId\n      staff {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) {\n      id\n      date\n      status\n      falseVisitId\n      recordedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceRecords($staffId: ID!, $month: String!) {\n    attendanceRecords(staffId: $staffId, month: $month) {\n      id\n      date\n      status\n      falseVisitId\n      recordedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      month\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n"): (typeof documents)["\n  query AttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      month\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceAudit($id: ID) {\n    auditEvents(entityType: \"AttendanceRecord\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPhonesRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      firstContactAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactPhonesRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      firstContactAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPhonesCheck($phone: String) {\n    checkProspect(phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactPhonesCheck($phone: String) {\n    checkProspect(phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPhonesAddContact($c: ID!, $n: String!, $p: String!) {\n    addContactPerson(customerId: $c, name: $n, phone: $p) {\n      id\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation ContactPhonesAddContact($c: ID!, $n: String!, $p: String!) {\n    addContactPerson(customerId: $c, name: $n, phone: $p) {\n      id\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomersDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation CustomersDemoLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersDemoVisitRequests {\n    visitRequests(open: true) {\n      id\n      open\n      customer {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersDemoVisitRequests {\n    visitRequests(open: true) {\n      id\n      open\n      customer {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersDemoFulfilledRequests {\n    visitRequests(open: false) {\n      fulfilledBy {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersDemoFulfilledRequests {\n    visitRequests(open: false) {\n      fulfilledBy {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersDemoSatisfactionAverages {\n    satisfactionAverages {\n      department\n      averageScore\n    }\n  }\n"): (typeof documents)["\n  query CustomersDemoSatisfactionAverages {\n    satisfactionAverages {\n      department\n      averageScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleIntentReports($c: ID) {\n    intentReports(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleIntentReports($c: ID) {\n    intentReports(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleIntentReports2 {\n    intentReports {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleIntentReports2 {\n    intentReports {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleLostCustomerAnalyses($c: ID) {\n    lostCustomerAnalyses(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          reasons\n          retentionActions\n          recordedBy {\n            id\n          }\n          customer {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleLostCustomerAnalyses($c: ID) {\n    lostCustomerAnalyses(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          reasons\n          retentionActions\n          recordedBy {\n            id\n          }\n          customer {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleLostCustomerAnalyses2 {\n    lostCustomerAnalyses {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleLostCustomerAnalyses2 {\n    lostCustomerAnalyses {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleSatisfactionSurveys($c: ID) {\n    satisfactionSurveys(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          comments\n          surveyedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleSatisfactionSurveys($c: ID) {\n    satisfactionSurveys(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          comments\n          surveyedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleSatisfactionAverages {\n    satisfactionAverages(from: \"2020-03-01\", to: \"2020-03-31\") {\n      department\n      averageScore\n      surveyCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleSatisfactionAverages {\n    satisfactionAverages(from: \"2020-03-01\", to: \"2020-03-31\") {\n      department\n      averageScore\n      surveyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleSatisfactionSurveys2 {\n    satisfactionSurveys {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleSatisfactionSurveys2 {\n    satisfactionSurveys {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleSatisfactionAverages2 {\n    satisfactionAverages {\n      department\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleSatisfactionAverages2 {\n    satisfactionAverages {\n      department\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleCustomers($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleCustomers($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleCustomer {\n    customer(id: \"99999999\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleCustomer {\n    customer(id: \"99999999\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLifecycleCustomers3 {\n    customers {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerLifecycleCustomers3 {\n    customers {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerLifecycleReportCustomerIntent($c: ID!, $d: String!) {\n    reportCustomerIntent(customerId: $c, details: $d) {\n      id\n      details\n      reportedAt\n      customer {\n        id\n        status\n      }\n      reportedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerLifecycleReportCustomerIntent($c: ID!, $d: String!) {\n    reportCustomerIntent(customerId: $c, details: $d) {\n      id\n      details\n      reportedAt\n      customer {\n        id\n        status\n      }\n      reportedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerLifecycleMarkCustomerLost($c: ID!, $r: String!, $a: String!) {\n    markCustomerLost(customerId: $c, reasons: $r, retentionActions: $a) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerLifecycleMarkCustomerLost($c: ID!, $r: String!, $a: String!) {\n    markCustomerLost(customerId: $c, reasons: $r, retentionActions: $a) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerLifecycleRecordSatisfactionSurvey($i: SatisfactionSurveyInput!) {\n    recordSatisfactionSurvey(input: $i) {\n      id\n      surveyedOn\n      comments\n      scores {\n        department\n        score\n      }\n      customer {\n        id\n      }\n      surveyedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerLifecycleRecordSatisfactionSurvey($i: SatisfactionSurveyInput!) {\n    recordSatisfactionSurvey(input: $i) {\n      id\n      surveyedOn\n      comments\n      scores {\n        department\n        score\n      }\n      customer {\n        id\n      }\n      surveyedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CustomerLifecycleCustomers2($a: String, $o: ID) {\n        customers(first: 2, after: $a, filter: { ownerId: $o }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CustomerLifecycleCustomers2($a: String, $o: ID) {\n        customers(first: 2, after: $a, filter: { ownerId: $o }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerLifecycleRecordContact($i: RecordContactInput!) {\n      recordContact(input: $i) {\n        id\n        kind\n        summary\n        contactedAt\n        staff {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerLifecycleRecordContact($i: RecordContactInput!) {\n      recordContact(input: $i) {\n        id\n        kind\n        summary\n        contactedAt\n        staff {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CustomerLifecycleContactLog($c: ID!) {\n      contactLog(customerId: $c) {\n        totalCount\n        edges {\n          node {\n            kind\n            summary\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CustomerLifecycleContactLog($c: ID!) {\n      contactLog(customerId: $c) {\n        totalCount\n        edges {\n          node {\n            kind\n            summary\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyIssueInvoice($s: ID!, $a: Money!) {\n    issueInvoice(statementId: $s, invoiceNo: \"INV-MONEY-1\", amount: $a) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyIssueInvoice($s: ID!, $a: Money!) {\n    issueInvoice(statementId: $s, invoiceNo: \"INV-MONEY-1\", amount: $a) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyCreatePickupNotice($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 箱\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyCreatePickupNotice($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"10 箱\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyCustomers {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          balance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyCustomers {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          balance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyConsignments($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          waybillNo\n          freight\n          countingFee\n          handlingFee\n          otherFee\n          total\n          customer {\n            balance\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyConsignments($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          waybillNo\n          freight\n          countingFee\n          handlingFee\n          otherFee\n          total\n          customer {\n            balance\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyArrearsConsents {\n    arrearsConsents {\n      amount\n      unpaidAmount\n      promisedDate\n      customer {\n        id\n        balance\n      }\n      request {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyArrearsConsents {\n    arrearsConsents {\n      amount\n      unpaidAmount\n      promisedDate\n      customer {\n        id\n        balance\n      }\n      request {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyPickupNotices {\n    pickupNotices {\n      goods\n      customer {\n        id\n        balance\n        openReceivables {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyPickupNotices {\n    pickupNotices {\n      goods\n      customer {\n        id\n        balance\n        openReceivables {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [WAREHOUSE]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [WAREHOUSE]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyOperationNotices($c: ID) {\n    operationNotices(customerId: $c) {\n      kind\n      customer {\n        id\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyOperationNotices($c: ID) {\n    operationNotices(customerId: $c) {\n      kind\n      customer {\n        id\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyCheckProspect($n: String) {\n    checkProspect(name: $n) {\n      registered\n      customer {\n        id\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyCheckProspect($n: String) {\n    checkProspect(name: $n) {\n      registered\n      customer {\n        id\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyConsignments2($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n          countingFee\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyConsignments2($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n          countingFee\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyStatements($c: ID) {\n    statements(customerId: $c) {\n      edges {\n        node {\n          total\n          lines {\n            amount\n            description\n          }\n          invoice {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyStatements($c: ID) {\n    statements(customerId: $c) {\n      edges {\n        node {\n          total\n          lines {\n            amount\n            description\n          }\n          invoice {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      balance\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyConsignments3($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyConsignments3($c: ID) {\n    consignments(customerId: $c) {\n      edges {\n        node {\n          freight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance\n      openReceivables {\n        id\n        amount\n        outstanding\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      balance\n      openReceivables {\n        id\n        amount\n        outstanding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyOnePage($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      edges {\n        node {\n          owner {\n            name\n          }\n          contacts {\n            name\n          }\n          address\n          ownershipHistory {\n            reason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyOnePage($f: CustomerFilter) {\n    customers(first: 100, filter: $f) {\n      edges {\n        node {\n          owner {\n            name\n          }\n          contacts {\n            name\n          }\n          address\n          ownershipHistory {\n            reason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomers {\n    customers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n          }\n          settlementMethod\n          freightRate\n          contacts {\n            name\n            phone\n          }\n          address\n          notes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomers {\n    customers(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n          }\n          settlementMethod\n          freightRate\n          contacts {\n            name\n            phone\n          }\n          address\n          notes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        phone\n      }\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        phone\n      }\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPrivacyPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerPrivacyPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerPrivacyReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyVisits {\n    visits {\n      edges {\n        node {\n          id\n          customer {\n            name\n            contacts {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyVisits {\n    visits {\n      edges {\n        node {\n          id\n          customer {\n            name\n            contacts {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        name\n      }\n      address\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomer2($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        name\n      }\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomer3($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomer3($id: ID!) {\n    customer(id: $id) {\n      name\n      contacts {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomers3($o: ID!) {\n    customers(filter: { ownerId: $o }) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomers3($o: ID!) {\n    customers(filter: { ownerId: $o }) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyContactAccessLog($c: ID) {\n    contactAccessLog(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          at\n          staff {\n            id\n          }\n          customer {\n            id\n          }\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyContactAccessLog($c: ID) {\n    contactAccessLog(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          at\n          staff {\n            id\n          }\n          customer {\n            id\n          }\n          owner {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyContactAccessLog2 {\n    contactAccessLog {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyContactAccessLog2 {\n    contactAccessLog {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomer4($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        id\n        name\n        primary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomer4($id: ID!) {\n    customer(id: $id) {\n      contacts {\n        id\n        name\n        primary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPrivacyCustomer5($id: ID!) {\n    customer(id: $id) {\n      address\n    }\n  }\n"): (typeof documents)["\n  query CustomerPrivacyCustomer5($id: ID!) {\n    customer(id: $id) {\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CustomerPrivacyCustomers2($o: ID!) {\n        customers(filter: { ownerId: $o }) {\n          edges {\n            node {\n              contacts {\n                name\n              }\n              address\n              notes\n              again: contacts {\n                phone\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CustomerPrivacyCustomers2($o: ID!) {\n        customers(filter: { ownerId: $o }) {\n          edges {\n            node {\n              contacts {\n                name\n              }\n              address\n              notes\n              again: contacts {\n                phone\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerPrivacyAddContactPerson($c: ID!, $n: String!, $p: String!, $t: String) {\n      addContactPerson(customerId: $c, name: $n, phone: $p, title: $t) {\n        id\n        name\n        phone\n        title\n        primary\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerPrivacyAddContactPerson($c: ID!, $n: String!, $p: String!, $t: String) {\n      addContactPerson(customerId: $c, name: $n, phone: $p, title: $t) {\n        id\n        name\n        phone\n        title\n        primary\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CustomerPrivacyUpdateCustomerDetails($c: ID!, $i: UpdateCustomerDetailsInput!) {\n      updateCustomerDetails(customerId: $c, input: $i) {\n        id\n        address\n        notes\n        contacts {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CustomerPrivacyUpdateCustomerDetails($c: ID!, $i: UpdateCustomerDetailsInput!) {\n      updateCustomerDetails(customerId: $c, input: $i) {\n        id\n        address\n        notes\n        contacts {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      name\n      status\n      creditCode\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      contacts {\n        name\n        phone\n        primary\n      }\n      address\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation RegistrationRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      name\n      status\n      creditCode\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      contacts {\n        name\n        phone\n        primary\n      }\n      address\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationCheck($name: String, $creditCode: String, $phone: String) {\n    checkProspect(name: $name, creditCode: $creditCode, phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationCheck($name: String, $creditCode: String, $phone: String) {\n    checkProspect(name: $name, creditCode: $creditCode, phone: $phone) {\n      registered\n      firstContactAt\n      owner {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationReassign($c: ID!, $o: ID!, $r: String!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: $r) {\n      id\n      owner {\n        id\n      }\n      ownershipHistory {\n        reason\n        fromOwner {\n          id\n        }\n        toOwner {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistrationReassign($c: ID!, $o: ID!, $r: String!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: $r) {\n      id\n      owner {\n        id\n      }\n      ownershipHistory {\n        reason\n        fromOwner {\n          id\n        }\n        toOwner {\n          id\n        }\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationCustomerAudit($id: ID) {\n    auditEvents(entityType: \"Customer\", entityId: $id) {\n      edges {\n        node {\n          action\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationCustomerAudit($id: ID) {\n    auditEvents(entityType: \"Customer\", entityId: $id) {\n      edges {\n        node {\n          action\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationCheckProspectContacts {\n    checkProspect(phone: \"13500004242\") {\n      registered\n      customer {\n        name\n        contacts {\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationCheckProspectContacts {\n    checkProspect(phone: \"13500004242\") {\n      registered\n      customer {\n        name\n        contacts {\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentReportsDemoSeed($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n    monthlyRevenueReport(month: $m) {\n      statements\n      total\n      byCustomer {\n        customer {\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          name\n        }\n        statements\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentReportsDemoSeed($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n    monthlyRevenueReport(month: $m) {\n      statements\n      total\n      byCustomer {\n        customer {\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          name\n        }\n        statements\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentReportsWorkload($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        id\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n  }\n"): (typeof documents)["\n  query DepartmentReportsWorkload($m: String!) {\n    workloadReport(month: $m) {\n      staff {\n        id\n        name\n      }\n      visitsCompleted\n      customersRegistered\n      intentReports\n      requestsFiled\n      statementsIssued\n      amountCollected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentReportsRevenue($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      month\n      statements\n      total\n      byCustomer {\n        customer {\n          id\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          id\n          name\n        }\n        customers\n        statements\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentReportsRevenue($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      month\n      statements\n      total\n      byCustomer {\n        customer {\n          id\n          name\n        }\n        statements\n        total\n      }\n      bySalesperson {\n        salesperson {\n          id\n          name\n        }\n        customers\n        statements\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentReportsRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DepartmentReportsRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"no receipt\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"no receipt\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n      year\n      month\n      amount\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n      year\n      month\n      amount\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BudgetsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetsBudgetReport($y: Int!, $m: Int) {\n    budgetReport(year: $y, month: $m) {\n      year\n      month\n      firstDay\n      lastDay\n      rows {\n        staff {\n          id\n        }\n        budget\n        approved\n        pending\n        remaining\n        approvedClaims\n        confirmedSales\n        ratio\n      }\n      department {\n        budget\n        allocated\n        unallocated\n        approved\n        pending\n        remaining\n        confirmedSales\n        ratio\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetsBudgetReport($y: Int!, $m: Int) {\n    budgetReport(year: $y, month: $m) {\n      year\n      month\n      firstDay\n      lastDay\n      rows {\n        staff {\n          id\n        }\n        budget\n        approved\n        pending\n        remaining\n        approvedClaims\n        confirmedSales\n        ratio\n      }\n      department {\n        budget\n        allocated\n        unallocated\n        approved\n        pending\n        remaining\n        confirmedSales\n        ratio\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not a business expense\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsRejectRequest($id: ID!) {\n    rejectRequest(id: $id, note: \"not a business expense\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {\n    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"310.00\", reason: \"x\") {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsRequestRateChange($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"310.00\", reason: \"x\") {\n      id\n      expense {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [WAREHOUSE]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsRequestSpecialOperation($c: ID!) {\n    requestSpecialOperation(customerId: $c, details: \"night loading\", departments: [WAREHOUSE]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsApprovalRequest2($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      kind\n      expense {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsApprovalRequest2($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n      kind\n      expense {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      requester {\n        id\n      }\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsFileExpenseClaim($i: ExpenseClaimInput!) {\n    fileExpenseClaim(input: $i) {\n      id\n      kind\n      status\n      requester {\n        id\n      }\n      customer {\n        id\n      }\n      expense {\n        amount\n        category\n        spentOn\n        receiptRef\n        description\n        spender {\n          id\n        }\n        customer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ClaimsApprovalRequests {\n        approvalRequests(kind: EXPENSE, first: 100) {\n          edges {\n            node {\n              id\n              expense {\n                amount\n                spender {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ClaimsApprovalRequests {\n        approvalRequests(kind: EXPENSE, first: 100) {\n          edges {\n            node {\n              id\n              expense {\n                amount\n                spender {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      staff {\n        id\n        email\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      staff {\n        id\n        email\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      roles\n      department\n      active\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      roles\n      department\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers($role: Role) {\n    staffMembers(role: $role) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  query StaffMembers($role: Role) {\n    staffMembers(role: $role) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdPolicyStatement($id: ID!) {\n    statement(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IdPolicyStatement($id: ID!) {\n    statement(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdPolicyApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IdPolicyApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdPolicyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IdPolicyCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(\n      customerId: $customerId\n      amount: \"10.00\"\n      receivedOn: $on\n      reference: \"bank 1\"\n      idempotencyKey: $key\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(\n      customerId: $customerId\n      amount: \"10.00\"\n      receivedOn: $on\n      reference: \"bank 1\"\n      idempotencyKey: $key\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyRateChange($customerId: ID!) {\n    requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyRateChange($customerId: ID!) {\n    requestRateChange(customerId: $customerId, newRate: \"1.20\", reason: \"market\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) {\n    createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) {\n    createPickupNotice(customerId: $customerId, goods: \"boxes\", pickupDate: $on) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) {\n    reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) {\n    reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: \"cover\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyInvoice($id: ID!) {\n    issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyInvoice($id: ID!) {\n    issueInvoice(statementId: $id, invoiceNo: \"INV-1\", amount: \"1.00\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicyUnlock($staffId: ID!) {\n    unlockStaff(staffId: $staffId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicyUnlock($staffId: ID!) {\n    unlockStaff(staffId: $staffId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdPolicySendSheet($ids: [ID!]!) {\n    sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdPolicySendSheet($ids: [ID!]!) {\n    sendOrderSheetToWarehouse(orderIds: $ids, placedAt: \"Dock 1\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdPolicyStatements($customerId: ID) {\n    statements(customerId: $customerId) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IdPolicyStatements($customerId: ID) {\n    statements(customerId: $customerId) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdPolicyOrders($customerId: ID) {\n    warehouseOrders(customerId: $customerId) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IdPolicyOrders($customerId: ID) {\n    warehouseOrders(customerId: $customerId) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      email\n      roles\n      department\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n      name\n      email\n      roles\n      department\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditFor($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      totalCount\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelApprove($id: ID!) {\n    approveRequest(id: $id, note: \"ok\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestRate($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      status\n      freightRate\n      paymentTermDays\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRegister($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      id\n      status\n      freightRate\n      paymentTermDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelNotice($c: ID!, $d: [Department!]!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: $d) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelNotice($c: ID!, $d: [Department!]!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: $d) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelSignNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestArrears($c: ID!, $a: Money!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $d, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestArrears($c: ID!, $a: Money!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: $a, promisedDate: $d, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestDeduction($c: ID!, $a: Money!) {\n    requestDeduction(customerId: $c, amount: $a, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestTerms($c: ID!, $d: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $d, storageRate: $s, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestTerms($c: ID!, $d: Int, $s: Money) {\n    requestTermsChange(customerId: $c, paymentTermDays: $d, storageRate: $s, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelRequestFree($k: ID!) {\n    requestFreeShipment(consignmentId: $k, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelRequestFree($k: ID!) {\n    requestFreeShipment(consignmentId: $k, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelReject($id: ID!) {\n    rejectRequest(id: $id, note: \"no\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelReject($id: ID!) {\n    rejectRequest(id: $id, note: \"no\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelConsents {\n    arrearsConsents {\n      id\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelConsents {\n    arrearsConsents {\n      id\n      request {\n        id\n      }\n      signatures {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelConsign($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      rate\n      freight\n      total\n      shippedOn\n    }\n  }\n"): (typeof documents)["\n  mutation ModelConsign($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      rate\n      freight\n      total\n      shippedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelConsignUnpriced($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      shippedOn\n    }\n  }\n"): (typeof documents)["\n  mutation ModelConsignUnpriced($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      shippedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelConfirm($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户\") {\n      id\n      status\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation ModelConfirm($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户\") {\n      id\n      status\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"model\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"model\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelOccupy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ModelOccupy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ModelEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelPay($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK\", idempotencyKey: $k) {\n      id\n      customer {\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelPay($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK\", idempotencyKey: $k) {\n      id\n      customer {\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"货物\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ModelPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"货物\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPeek($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        phone\n      }\n      balance\n    }\n  }\n"): (typeof documents)["\n  query ModelPeek($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        phone\n      }\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelPeekAll {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          owner {\n            id\n          }\n          contacts {\n            phone\n          }\n          balance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelPeekAll {\n    customers(first: 100) {\n      edges {\n        node {\n          id\n          owner {\n            id\n          }\n          contacts {\n            phone\n          }\n          balance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsInbox($first: Int, $after: String, $u: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $u) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          customer {\n            id\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsInbox($first: Int, $after: String, $u: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $u) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          customer {\n            id\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordComplaint($c: ID!) {\n    recordComplaint(input: { customerId: $c, description: \"late delivery\", severity: HIGH }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordComplaint($c: ID!) {\n    recordComplaint(input: { customerId: $c, description: \"late delivery\", severity: HIGH }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsAssignComplaint($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsAssignComplaint($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [FINANCE, DISPATCH]) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsCreateOperationNotice($c: ID!) {\n    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [FINANCE, DISPATCH]) {\n      id\n      signatures {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [FINANCE]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRequestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: [FINANCE]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordVisitRequest($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"问运价\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordVisitRequest($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"问运价\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordPayment($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"123.45\"\n      receivedOn: $d\n      reference: \"BANK-9\"\n      idempotencyKey: \"notify-pay-1\"\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordPayment($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"123.45\"\n      receivedOn: $d\n      reference: \"BANK-9\"\n      idempotencyKey: \"notify-pay-1\"\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: []) {\n      id\n      departments\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRequestArrears2($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\", departments: []) {\n      id\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation NotificationsLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsChangePassword {\n    changePassword(currentPassword: \"Passw0rd!\", newPassword: \"N3wPassw0rd!\") {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsChangePassword {\n    changePassword(currentPassword: \"Passw0rd!\", newPassword: \"N3wPassw0rd!\") {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsDeactivateStaff($id: ID!) {\n    deactivateStaff(staffId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsDeactivateStaff($id: ID!) {\n    deactivateStaff(staffId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordVisitRequest2($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"visit\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordVisitRequest2($c: ID!) {\n    recordVisitRequest(customerId: $c, note: \"visit\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordVisitRequest3($c: ID!) {\n    recordVisitRequest(customerId: $c) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordVisitRequest3($c: ID!) {\n    recordVisitRequest(customerId: $c) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsInboxFirstNegative {\n    notifications(first: -1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationsInboxFirstNegative {\n    notifications(first: -1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkNotificationsRead2 {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkNotificationsRead2 {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRecordPayment2($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"10.00\"\n      receivedOn: $d\n      reference: \"BANK-F\"\n      idempotencyKey: \"notify-fail-1\"\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRecordPayment2($c: ID!, $d: LocalDate!) {\n    recordPayment(\n      customerId: $c\n      amount: \"10.00\"\n      receivedOn: $d\n      reference: \"BANK-F\"\n      idempotencyKey: \"notify-fail-1\"\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsNotifications3 {\n    notifications(first: 1) {\n      edges {\n        node {\n          kind\n          customer {\n            id\n            address\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsNotifications3 {\n    notifications(first: 1) {\n      edges {\n        node {\n          kind\n          customer {\n            id\n            address\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsRequestRateChange($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"volume\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsRequestRateChange($c: ID!, $r: Money!) {\n    requestRateChange(customerId: $c, newRate: $r, reason: \"volume\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsFileExpenseClaim($a: Money!, $on: LocalDate!) {\n        fileExpenseClaim(\n          input: { amount: $a, category: TRAVEL, spentOn: $on, receiptRef: \"R-1\", description: \"train to Nanjing\" }\n        ) {\n          id\n          kind\n          customer {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsFileExpenseClaim($a: Money!, $on: LocalDate!) {\n        fileExpenseClaim(\n          input: { amount: $a, category: TRAVEL, spentOn: $on, receiptRef: \"R-1\", description: \"train to Nanjing\" }\n        ) {\n          id\n          kind\n          customer {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsApproveRequest2($id: ID!) {\n        approveRequest(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsApproveRequest2($id: ID!) {\n        approveRequest(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsSignOperationNotice($id: ID!, $d: Department!) {\n        signOperationNotice(id: $id, department: $d) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsSignOperationNotice($id: ID!, $d: Department!) {\n        signOperationNotice(id: $id, department: $d) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsSignArrearsConsent($id: ID!, $d: Department!) {\n        signArrearsConsent(id: $id, department: $d) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsSignArrearsConsent($id: ID!, $d: Department!) {\n        signArrearsConsent(id: $id, department: $d) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsMarkNotificationsRead($ids: [ID!]) {\n        markNotificationsRead(ids: $ids)\n      }\n    "): (typeof documents)["\n      mutation NotificationsMarkNotificationsRead($ids: [ID!]) {\n        markNotificationsRead(ids: $ids)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationNoticesRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"steady volume\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OperationNoticesRequestSettlementChange($c: ID!) {\n    requestSettlementChange(customerId: $c, method: MONTHLY, reason: \"steady volume\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationNoticesOperationNotices($c: ID) {\n    operationNotices(customerId: $c, status: COMPLETED) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OperationNoticesOperationNotices($c: ID) {\n    operationNotices(customerId: $c, status: COMPLETED) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationNoticesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      status\n      kind\n      handler {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationNoticesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {\n    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {\n      id\n      status\n      kind\n      handler {\n        id\n      }\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationNoticesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      id\n      status\n      completedAt\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationNoticesSignOperationNotice($id: ID!, $d: Department!) {\n    signOperationNotice(id: $id, department: $d) {\n      id\n      status\n      completedAt\n      signatures {\n        department\n        signer {\n          id\n        }\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OperationNoticesOperationNotices2($c: ID) {\n        operationNotices(customerId: $c, status: PENDING) {\n          id\n          customer {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query OperationNoticesOperationNotices2($c: ID) {\n        operationNotices(customerId: $c, status: PENDING) {\n          id\n          customer {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      daysPresent\n      leave\n      unexcusedAbsences\n      fines\n      compensation\n    }\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      recordedDays\n    }\n    violations(month: $month) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query DemoAdministrationReports($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      daysPresent\n      leave\n      unexcusedAbsences\n      fines\n      compensation\n    }\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      recordedDays\n    }\n    violations(month: $month) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DemoWarehouseOrders($status: WarehouseOrderStatus) {\n    warehouseOrders(status: $status) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoOrderSheets {\n    orderSheets {\n      totalCount\n      edges {\n        node {\n          placedAt\n          orders {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoOrderSheets {\n    orderSheets {\n      totalCount\n      edges {\n        node {\n          placedAt\n          orders {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PayrollRecordAttendance($staffId: ID!, $date: LocalDate!, $status: AttendanceStatus!) {\n    recordAttendance(staffId: $staffId, date: $date, status: $status) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      fine\n      compensation\n    }\n  }\n"): (typeof documents)["\n  mutation PayrollRecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      fine\n      compensation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      month\n      daysPresent\n      businessTripDays\n      leave\n      sickDays\n      unexcusedAbsences\n      absencesFromFalseVisitReports\n      violations\n      fines\n      compensation\n      totalDeductions\n    }\n  }\n"): (typeof documents)["\n  query PayrollSummary($month: String!) {\n    payrollSummary(month: $month) {\n      staff {\n        id\n        name\n      }\n      month\n      daysPresent\n      businessTripDays\n      leave\n      sickDays\n      unexcusedAbsences\n      absencesFromFalseVisitReports\n      violations\n      fines\n      compensation\n      totalDeductions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n"): (typeof documents)["\n  query PayrollAttendanceSummary($month: String!) {\n    attendanceSummary(month: $month) {\n      staff {\n        id\n      }\n      present\n      leave\n      sick\n      businessTrip\n      unexcusedAbsences\n      fromFalseVisitReports\n      recordedDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceDashboard($n: Int) {\n    customers(first: $n) {\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n            name\n          }\n          balance\n          recentVisits {\n            id\n            plannedAt\n            purpose\n            status\n          }\n          openReceivables {\n            id\n            amount\n            dueDate\n            outstanding\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceDashboard($n: Int) {\n    customers(first: $n) {\n      edges {\n        node {\n          id\n          name\n          status\n          owner {\n            id\n            name\n          }\n          balance\n          recentVisits {\n            id\n            plannedAt\n            purpose\n            status\n          }\n          openReceivables {\n            id\n            amount\n            dueDate\n            outstanding\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceCustomersWithoutCount {\n    customers(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceCustomersWithoutCount {\n    customers(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceCustomersWithCount {\n    customers(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceCustomersWithCount {\n    customers(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceVisitsPage($n: Int) {\n    visits(first: $n) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            name\n            balance\n          }\n          salesperson {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceVisitsPage($n: Int) {\n    visits(first: $n) {\n      edges {\n        node {\n          id\n          customer {\n            id\n            name\n            balance\n          }\n          salesperson {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceReceivablesPage($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          id\n          outstanding\n          customer {\n            id\n            recentVisits {\n              id\n            }\n            openReceivables {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceReceivablesPage($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          id\n          outstanding\n          customer {\n            id\n            recentVisits {\n              id\n            }\n            openReceivables {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceOwnerRoles {\n    customers(first: 3) {\n      edges {\n        node {\n          owner {\n            id\n            name\n            roles\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceOwnerRoles {\n    customers(first: 3) {\n      edges {\n        node {\n          owner {\n            id\n            name\n            roles\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceRecentVisitsLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            purpose\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceRecentVisitsLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            purpose\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceRecentVisitsBadLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceRecentVisitsBadLimit($limit: Int!) {\n    customers(first: 1) {\n      edges {\n        node {\n          recentVisits(limit: $limit) {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgingReportPlan($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        total\n      }\n      totals {\n        notDue\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgingReportPlan($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        total\n      }\n      totals {\n        notDue\n        d1to30\n        d31to60\n        d61to90\n        over90\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceivablesDemoLogin($e: String!) {\n    login(email: $e, password: \"demo12345\") {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ReceivablesDemoLogin($e: String!) {\n    login(email: $e, password: \"demo12345\") {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesDemoOverdue {\n    receivables(filter: { overdue: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesDemoOverdue {\n    receivables(filter: { overdue: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesDemoArrearsConsents {\n    arrearsConsents(overdue: true) {\n      handler {\n        name\n      }\n      unpaidAmount\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesDemoArrearsConsents {\n    arrearsConsents(overdue: true) {\n      handler {\n        name\n      }\n      unpaidAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesDemoMonthlyReport($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        opening\n        added\n        received\n        closing\n      }\n      totals {\n        closing\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesDemoMonthlyReport($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        opening\n        added\n        received\n        closing\n      }\n      totals {\n        closing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesDemoAging {\n    agingReport {\n      totals {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesDemoAging {\n    agingReport {\n      totals {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptBalancesMonthly($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        customer {\n          id\n        }\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptBalancesMonthly($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      rows {\n        customer {\n          id\n        }\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptBalancesAging($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        customer {\n          id\n        }\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptBalancesAging($a: LocalDate) {\n    agingReport(asOf: $a) {\n      rows {\n        customer {\n          id\n        }\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeptBalancesFailingPayment($c: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $c, amount: \"5.00\", receivedOn: $on, reference: \"x\", idempotencyKey: $key) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KeptBalancesFailingPayment($c: ID!, $on: LocalDate!, $key: String!) {\n    recordPayment(customerId: $c, amount: \"5.00\", receivedOn: $on, reference: \"x\", idempotencyKey: $key) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptBalancesCustomer($id: ID!) {\n    customer(id: $id) {\n      balance\n      openReceivables {\n        id\n        outstanding\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptBalancesCustomer($id: ID!) {\n    customer(id: $id) {\n      balance\n      openReceivables {\n        id\n        outstanding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptBalancesMonthlyReads {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        opening\n      }\n      byOwner {\n        opening\n      }\n      totals {\n        closing\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptBalancesMonthlyReads {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        opening\n      }\n      byOwner {\n        opening\n      }\n      totals {\n        closing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptBalancesAgingReads {\n    agingReport(asOf: \"2026-10-15\") {\n      rows {\n        total\n      }\n      totals {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptBalancesAgingReads {\n    agingReport(asOf: \"2026-10-15\") {\n      rows {\n        total\n      }\n      totals {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleRegister($i: RegisterCustomerInput!) {\n    registerCustomer(input: $i) {\n      id\n      freightRate\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleRegister($i: RegisterCustomerInput!) {\n    registerCustomer(input: $i) {\n      id\n      freightRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleFirstRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"320.00\", reason: \"首次运价\") {\n      id\n      oldRate\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleFirstRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"320.00\", reason: \"首次运价\") {\n      id\n      oldRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleZeroRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"0.00\", reason: \"免运费\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleZeroRate($c: ID!) {\n    requestRateChange(customerId: $c, newRate: \"0.00\", reason: \"免运费\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoHoleCustomerRate($c: ID!) {\n    customer(id: $c) {\n      freightRate\n    }\n  }\n"): (typeof documents)["\n  query NoHoleCustomerRate($c: ID!) {\n    customer(id: $c) {\n      freightRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleFreeShipment($id: ID!) {\n    requestFreeShipment(consignmentId: $id, reason: \"货损补偿\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleFreeShipment($id: ID!) {\n    requestFreeShipment(consignmentId: $id, reason: \"货损补偿\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleIssueWithLines($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      total\n      lines {\n        kind\n        amount\n        late\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleIssueWithLines($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      total\n      lines {\n        kind\n        amount\n        late\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleVoid($id: ID!, $reason: String!) {\n    voidStatement(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleVoid($id: ID!, $reason: String!) {\n    voidStatement(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleRecordOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      fromDate\n      toDate\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleRecordOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      fromDate\n      toDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n      fromDate\n      toDate\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleEndOccupancy($id: ID!, $d: LocalDate!) {\n    endStorageOccupancy(id: $id, lastDay: $d) {\n      id\n      fromDate\n      toDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHolePay($c: ID!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: \"10.00\", receivedOn: $d, reference: \"R\", idempotencyKey: $k) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHolePay($c: ID!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: \"10.00\", receivedOn: $d, reference: \"R\", idempotencyKey: $k) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHoleArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHoleArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"100.00\", promisedDate: $d, reason: \"r\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHolePickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"箱\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHolePickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"箱\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoHoleAging2099 {\n    agingReport(asOf: \"2099-01-01\") {\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query NoHoleAging2099 {\n    agingReport(asOf: \"2099-01-01\") {\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoHolePlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoHolePlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoHoleMonthlyReceivables($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      totals {\n        closing\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoHoleMonthlyReceivables($m: String!) {\n    monthlyReceivablesReport(month: $m) {\n      totals {\n        closing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoHolePayroll($m: String!) {\n    payrollSummary(month: $m) {\n      fines\n    }\n  }\n"): (typeof documents)["\n  query NoHolePayroll($m: String!) {\n    payrollSummary(month: $m) {\n      fines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReportPlan {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        closing\n      }\n      byOwner {\n        closing\n      }\n      totals {\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthlyReportPlan {\n    monthlyReceivablesReport(month: \"2026-09\") {\n      rows {\n        closing\n      }\n      byOwner {\n        closing\n      }\n      totals {\n        opening\n        added\n        received\n        closing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) {\n      id\n      amount\n      customer {\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) {\n      id\n      amount\n      customer {\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsTestOutstanding($c: ID) {\n    receivables(filter: { customerId: $c }) {\n      edges {\n        node {\n          statement {\n            id\n          }\n          outstanding\n          settled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsTestOutstanding($c: ID) {\n    receivables(filter: { customerId: $c }) {\n      edges {\n        node {\n          statement {\n            id\n          }\n          outstanding\n          settled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"20 箱电子元件\") {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestPickup($c: ID!, $d: LocalDate!) {\n    createPickupNotice(customerId: $c, pickupDate: $d, goods: \"20 箱电子元件\") {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"month end\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestSignPickup($id: ID!) {\n    signPickupNotice(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestSignPickup($id: ID!) {\n    signPickupNotice(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) {\n    rejectPickupNotice(id: $id, reason: $reason) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) {\n    rejectPickupNotice(id: $id, reason: $reason) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestApprove($id: ID!) {\n    approveRequest(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestDeduction($c: ID!) {\n    requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestDeduction($c: ID!) {\n    requestDeduction(customerId: $c, amount: \"10.00\", reason: \"short delivery verified\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"redo\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestVoid($id: ID!) {\n    voidStatement(id: $id, reason: \"redo\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestFree($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"goodwill\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestFree($c: ID!) {\n    requestFreeShipment(consignmentId: $c, reason: \"goodwill\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestArrears($c: ID!, $d: LocalDate!) {\n    requestArrears(customerId: $c, amount: \"300.00\", promisedDate: $d, reason: \"late\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesTestOverdue {\n    arrearsConsents(overdue: true) {\n      customer {\n        id\n      }\n      handler {\n        id\n        name\n      }\n      unpaidAmount\n    }\n  }\n"): (typeof documents)["\n  query RulesTestOverdue {\n    arrearsConsents(overdue: true) {\n      customer {\n        id\n      }\n      handler {\n        id\n        name\n      }\n      unpaidAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesTestConsents {\n    arrearsConsents {\n      customer {\n        id\n      }\n      unpaidAmount\n    }\n  }\n"): (typeof documents)["\n  query RulesTestConsents {\n    arrearsConsents {\n      customer {\n        id\n      }\n      unpaidAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulesTestSignConsent($id: ID!, $d: Department!) {\n    signArrearsConsent(id: $id, department: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesTestBalance($c: ID!) {\n    customer(id: $c) {\n      balance\n    }\n  }\n"): (typeof documents)["\n  query RulesTestBalance($c: ID!) {\n    customer(id: $c) {\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesTestReceivables($f: ReceivableFilter) {\n    receivables(filter: $f) {\n      totalCount\n      edges {\n        node {\n          dueDate\n          overdue\n          settled\n          outstanding\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulesTestReceivables($f: ReceivableFilter) {\n    receivables(filter: $f) {\n      totalCount\n      edges {\n        node {\n          dueDate\n          overdue\n          settled\n          outstanding\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountReceivables($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          outstanding\n          settled\n          overdue\n          customer {\n            name\n            balance\n          }\n          statement {\n            total\n            lines {\n              amount\n            }\n            invoice {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlCountReceivables($n: Int) {\n    receivables(first: $n) {\n      edges {\n        node {\n          outstanding\n          settled\n          overdue\n          customer {\n            name\n            balance\n          }\n          statement {\n            total\n            lines {\n              amount\n            }\n            invoice {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountStatements($n: Int) {\n    statements(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            balance\n          }\n          lines {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlCountStatements($n: Int) {\n    statements(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            balance\n          }\n          lines {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountConsignments($n: Int) {\n    consignments(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            name\n            balance\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlCountConsignments($n: Int) {\n    consignments(first: $n) {\n      edges {\n        node {\n          total\n          customer {\n            name\n            balance\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestRecord($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      areaSquareMeters\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {\n    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {\n      id\n      areaSquareMeters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTestNotices($c: ID) {\n    storageAreaNotices(customerId: $c) {\n      message\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsTestNotices($c: ID) {\n    storageAreaNotices(customerId: $c) {\n      message\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestVoid($id: ID!, $r: String!) {\n    voidStatement(id: $id, reason: $r) {\n      status\n      voidReason\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestVoid($id: ID!, $r: String!) {\n    voidStatement(id: $id, reason: $r) {\n      status\n      voidReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestConfirm($id: ID!, $by: String!) {\n    confirmStatement(id: $id, confirmedBy: $by) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestConfirm($id: ID!, $by: String!) {\n    confirmStatement(id: $id, confirmedBy: $by) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) {\n    issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) {\n      id\n      invoiceNo\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) {\n    issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) {\n      id\n      invoiceNo\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTestList($c: ID) {\n    statements(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          total\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsTestList($c: ID) {\n    statements(customerId: $c) {\n      totalCount\n      edges {\n        node {\n          total\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RulebookComplaintsFields on Complaint {\n    id\n    status\n    severity\n    dueDate\n    overdue\n    handledInTime\n    handlingHours\n    description\n    resolution\n    customer {\n      id\n    }\n    handler {\n      id\n    }\n    recordedBy {\n      id\n    }\n    followUpSurvey {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment RulebookComplaintsFields on Complaint {\n    id\n    status\n    severity\n    dueDate\n    overdue\n    handledInTime\n    handlingHours\n    description\n    resolution\n    customer {\n      id\n    }\n    handler {\n      id\n    }\n    recordedBy {\n      id\n    }\n    followUpSurvey {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookComplaintsRecord($input: ComplaintInput!) {\n    recordComplaint(input: $input) {\n      ...RulebookComplaintsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookComplaintsRecord($input: ComplaintInput!) {\n    recordComplaint(input: $input) {\n      ...RulebookComplaintsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookComplaintsAssign($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      ...RulebookComplaintsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookComplaintsAssign($id: ID!, $h: ID!, $d: LocalDate!) {\n    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {\n      ...RulebookComplaintsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookComplaintsResolve($id: ID!, $r: String!) {\n    resolveComplaint(id: $id, resolution: $r) {\n      ...RulebookComplaintsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookComplaintsResolve($id: ID!, $r: String!) {\n    resolveComplaint(id: $id, resolution: $r) {\n      ...RulebookComplaintsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookComplaintsLinkComplaintFollowUp($id: ID!, $s: ID!) {\n    linkComplaintFollowUp(id: $id, surveyId: $s) {\n      id\n      followUpSurvey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookComplaintsLinkComplaintFollowUp($id: ID!, $s: ID!) {\n    linkComplaintFollowUp(id: $id, surveyId: $s) {\n      id\n      followUpSurvey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookComplaintsComplaints($f: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          overdue\n          description\n          customer {\n            id\n          }\n          handler {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookComplaintsComplaints($f: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          overdue\n          description\n          customer {\n            id\n          }\n          handler {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookMarketIntelligenceRecordMarketIntelligence($input: MarketIntelligenceInput!) {\n    recordMarketIntelligence(input: $input) {\n      id\n      competitor\n      route\n      rate\n      details\n      recordedOn\n      customer {\n        id\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookMarketIntelligenceRecordMarketIntelligence($input: MarketIntelligenceInput!) {\n    recordMarketIntelligence(input: $input) {\n      id\n      competitor\n      route\n      rate\n      details\n      recordedOn\n      customer {\n        id\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookMarketIntelligenceMarketIntelligence($f: IntelligenceFilter, $first: Int, $after: String) {\n    marketIntelligence(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          competitor\n          route\n          rate\n          recordedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookMarketIntelligenceMarketIntelligence($f: IntelligenceFilter, $first: Int, $after: String) {\n    marketIntelligence(filter: $f, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          competitor\n          route\n          rate\n          recordedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookMarketIntelligenceMarketIntelligenceSummary($from: LocalDate, $to: LocalDate) {\n    marketIntelligenceSummary(from: $from, to: $to) {\n      from\n      to\n      reports\n      byCompetitor {\n        competitor\n        reports\n        customers\n        lostCustomers\n        routes\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      byRoute {\n        route\n        reports\n        competitors\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      lostCustomerAnalyses {\n        id\n        reasons\n        customer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookMarketIntelligenceMarketIntelligenceSummary($from: LocalDate, $to: LocalDate) {\n    marketIntelligenceSummary(from: $from, to: $to) {\n      from\n      to\n      reports\n      byCompetitor {\n        competitor\n        reports\n        customers\n        lostCustomers\n        routes\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      byRoute {\n        route\n        reports\n        competitors\n        averageRate\n        lowestRate\n        highestRate\n        lastRecordedOn\n      }\n      lostCustomerAnalyses {\n        id\n        reasons\n        customer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookRankingPerformanceRanking($m: String!) {\n    performanceRanking(month: $m) {\n      staff {\n        id\n        name\n      }\n      month\n      score\n      rank\n      of\n      components {\n        component\n        raw\n        normalized\n        weight\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookRankingPerformanceRanking($m: String!) {\n    performanceRanking(month: $m) {\n      staff {\n        id\n        name\n      }\n      month\n      score\n      rank\n      of\n      components {\n        component\n        raw\n        normalized\n        weight\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookRankingRankingWeights {\n    rankingWeights {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setAt\n      setBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookRankingRankingWeights {\n    rankingWeights {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setAt\n      setBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookRankingSetRankingWeights($input: RankingWeightsInput!) {\n    setRankingWeights(input: $input) {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookRankingSetRankingWeights($input: RankingWeightsInput!) {\n    setRankingWeights(input: $input) {\n      targetAchievement\n      collections\n      visitsCompleted\n      newCustomers\n      complaintsHandledInTime\n      unexcusedAbsences\n      violations\n      isDefault\n      setBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookRankingSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: \"test\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookRankingSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: \"test\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulebookTargetsSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!, $r: String) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: $r) {\n      id\n      month\n      salesTarget\n      collectionTarget\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RulebookTargetsSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!, $r: String) {\n    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: $r) {\n      id\n      month\n      salesTarget\n      collectionTarget\n      staff {\n        id\n      }\n      setBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookTargetsTargetAchievement($m: String!) {\n    targetAchievement(month: $m) {\n      month\n      rows {\n        staff {\n          id\n          name\n        }\n        targetSet\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n      department {\n        salespeople\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookTargetsTargetAchievement($m: String!) {\n    targetAchievement(month: $m) {\n      month\n      rows {\n        staff {\n          id\n          name\n        }\n        targetSet\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n      department {\n        salespeople\n        sales {\n          target\n          actual\n          percent\n          gap\n        }\n        collections {\n          target\n          actual\n          percent\n          gap\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookTargetsSalesTargetChanges($s: ID, $m: String) {\n    salesTargetChanges(staffId: $s, month: $m) {\n      totalCount\n      edges {\n        node {\n          month\n          previousSalesTarget\n          previousCollectionTarget\n          salesTarget\n          collectionTarget\n          afterMonthBegan\n          reason\n          staff {\n            id\n          }\n          changedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookTargetsSalesTargetChanges($s: ID, $m: String) {\n    salesTargetChanges(staffId: $s, month: $m) {\n      totalCount\n      edges {\n        node {\n          month\n          previousSalesTarget\n          previousCollectionTarget\n          salesTarget\n          collectionTarget\n          afterMonthBegan\n          reason\n          staff {\n            id\n          }\n          changedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulebookTargetsMonthlyRevenueReport($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      bySalesperson {\n        salesperson {\n          id\n        }\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulebookTargetsMonthlyRevenueReport($m: String!) {\n    monthlyRevenueReport(month: $m) {\n      bySalesperson {\n        salesperson {\n          id\n        }\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n      total\n      shippedOn\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) {\n    recordConsignment(input: $input) {\n      id\n      freight\n      rate\n      total\n      shippedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        description\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {\n    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {\n      id\n      status\n      total\n      lines {\n        kind\n        description\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryConfirmStatement($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户 王先生\") {\n      id\n      status\n      dueDate\n      total\n      confirmedBy\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryConfirmStatement($id: ID!) {\n    confirmStatement(id: $id, confirmedBy: \"客户 王先生\") {\n      id\n      status\n      dueDate\n      total\n      confirmedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {\n    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: \"BANK-1\", idempotencyKey: $k) {\n      id\n      amount\n      receivedOn\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      staff {\n        id\n        name\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n      description\n      recordedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordViolation($input: RecordViolationInput!) {\n    recordViolation(input: $input) {\n      id\n      staff {\n        id\n        name\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n      description\n      recordedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) {\n      id\n      staff {\n        id\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n    }\n  }\n"): (typeof documents)["\n  query Violations($staffId: ID, $month: String) {\n    violations(staffId: $staffId, month: $month) {\n      id\n      staff {\n        id\n      }\n      kind\n      fine\n      compensation\n      occurredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViolationAudit($id: ID) {\n    auditEvents(entityType: \"Violation\", entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitRequestsRecord($c: ID!, $d: LocalDate, $n: String) {\n    recordVisitRequest(customerId: $c, preferredDate: $d, note: $n) {\n      id\n      open\n      preferredDate\n      note\n      requestedAt\n      recordedBy {\n        id\n      }\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisitRequestsRecord($c: ID!, $d: LocalDate, $n: String) {\n    recordVisitRequest(customerId: $c, preferredDate: $d, note: $n) {\n      id\n      open\n      preferredDate\n      note\n      requestedAt\n      recordedBy {\n        id\n      }\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitRequestsOpen($open: Boolean) {\n    visitRequests(open: $open) {\n      id\n      open\n      waitedHours\n      waitedDays\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitRequestsOpen($open: Boolean) {\n    visitRequests(open: $open) {\n      id\n      open\n      waitedHours\n      waitedDays\n      customer {\n        id\n      }\n      fulfilledBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitRequestsPlan($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      visitRequest {\n        id\n        open\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisitRequestsPlan($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      visitRequest {\n        id\n        open\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitRequestsCancel($v: ID!) {\n    cancelVisit(visitId: $v, reason: \"Car broke down\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VisitRequestsCancel($v: ID!) {\n    cancelVisit(visitId: $v, reason: \"Car broke down\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsReassignCustomer($c: ID!, $o: ID!) {\n    reassignCustomer(customerId: $c, ownerId: $o, reason: \"territory\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      status\n      plannedAt\n      purpose\n      salesperson {\n        id\n      }\n      plannedBy {\n        id\n      }\n      customer {\n        id\n      }\n      visitRequest {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsPlanVisit($i: PlanVisitInput!) {\n    planVisit(input: $i) {\n      id\n      status\n      plannedAt\n      purpose\n      salesperson {\n        id\n      }\n      plannedBy {\n        id\n      }\n      customer {\n        id\n      }\n      visitRequest {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsCheckInVisit($v: ID!, $lat: Float, $lng: Float, $acc: Float, $t: DateTimeISO) {\n    checkInVisit(visitId: $v, latitude: $lat, longitude: $lng, accuracy: $acc, clientTime: $t) {\n      id\n      status\n      checkedInAt\n      clientReportedAt\n      checkInLatitude\n      checkInLongitude\n      checkInAccuracyMeters\n      checkInDistanceMeters\n      checkInFlagged\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsCheckInVisit($v: ID!, $lat: Float, $lng: Float, $acc: Float, $t: DateTimeISO) {\n    checkInVisit(visitId: $v, latitude: $lat, longitude: $lng, accuracy: $acc, clientTime: $t) {\n      id\n      status\n      checkedInAt\n      clientReportedAt\n      checkInLatitude\n      checkInLongitude\n      checkInAccuracyMeters\n      checkInDistanceMeters\n      checkInFlagged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsCompleteVisit($v: ID!, $s: String!) {\n    completeVisit(visitId: $v, summary: $s) {\n      id\n      status\n      summary\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsCompleteVisit($v: ID!, $s: String!) {\n    completeVisit(visitId: $v, summary: $s) {\n      id\n      status\n      summary\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsCancelVisit($v: ID!, $r: String!) {\n    cancelVisit(visitId: $v, reason: $r) {\n      id\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsCancelVisit($v: ID!, $r: String!) {\n    cancelVisit(visitId: $v, reason: $r) {\n      id\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsMarkVisitFalse($v: ID!, $r: String!) {\n    markVisitFalse(visitId: $v, reason: $r) {\n      id\n      status\n      falseReason\n      markedFalseAt\n      markedFalseBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VisitsMarkVisitFalse($v: ID!, $r: String!) {\n    markVisitFalse(visitId: $v, reason: $r) {\n      id\n      status\n      falseReason\n      markedFalseAt\n      markedFalseBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VisitsVisits($f: VisitFilter) {\n        visits(first: 100, filter: $f) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query VisitsVisits($f: VisitFilter) {\n        visits(first: 100, filter: $f) {\n          totalCount\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id\n      orderNo\n      deliveryNoteNo\n      consignee\n      orderDate\n      items\n      notes\n      status\n      verificationNote\n      verifiedBy {\n        id\n      }\n      sheet {\n        id\n      }\n      customer {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {\n    recordWarehouseOrder(input: $input) {\n      id\n      orderNo\n      deliveryNoteNo\n      consignee\n      orderDate\n      items\n      notes\n      status\n      verificationNote\n      verifiedBy {\n        id\n      }\n      sheet {\n        id\n      }\n      customer {\n        id\n        name\n      }\n      recordedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) {\n      id\n      status\n      verificationNote\n      verifiedAt\n      verifiedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {\n    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) {\n      id\n      status\n      verificationNote\n      verifiedAt\n      verifiedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id\n      placedAt\n      sentOn\n      customer {\n        id\n        name\n      }\n      sentBy {\n        id\n      }\n      consignees\n      orders {\n        id\n        orderNo\n        status\n        sheet {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {\n    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {\n      id\n      placedAt\n      sentOn\n      customer {\n        id\n        name\n      }\n      sentBy {\n        id\n      }\n      consignees\n      orders {\n        id\n        orderNo\n        status\n        sheet {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          orderNo\n          status\n          verificationNote\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {\n    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          orderNo\n          status\n          verificationNote\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount\n      edges {\n        node {\n          id\n          placedAt\n          sentOn\n          customer {\n            id\n          }\n          consignees\n          orders {\n            orderNo\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {\n    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {\n      totalCount\n      edges {\n        node {\n          id\n          placedAt\n          sentOn\n          customer {\n            id\n          }\n          consignees\n          orders {\n            orderNo\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetAudit($type: String, $id: ID) {\n    auditEvents(entityType: $type, entityId: $id) {\n      edges {\n        node {\n          action\n          summary\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;