import { hasRole, isAuthenticated, isDepartmentHead } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../customers';
import { LEADERS, MANAGEMENT, MONEY_READERS, SALES_AND_LEADERS, SIGNERS } from '../../domain/role-sets';

const FILERS = SALES_AND_LEADERS;
const DECIDERS = LEADERS;

const arrearsMoney = customerMoneyRule('ArrearsConsent', byCustomerId);

export const approvalPermissions = {
  Query: {
    approvalRequests: isAuthenticated,
    approvalRequest: isAuthenticated,
    approvalPolicy: hasRole(...MANAGEMENT),
    arrearsConsents: hasRole(Role.SALESPERSON, ...MONEY_READERS, ...SIGNERS),
  },
  Mutation: {
    requestRateChange: hasRole(...FILERS),
    requestFreeShipment: hasRole(...FILERS),
    requestSettlementChange: hasRole(...FILERS),
    requestArrears: hasRole(...FILERS),
    requestSpecialOperation: hasRole(...FILERS),
    requestTermsChange: hasRole(...FILERS),
    requestDeduction: hasRole(Role.COLLECTOR),
    approveRequest: hasRole(...DECIDERS),
    rejectRequest: hasRole(...DECIDERS),
    setApprovalPolicy: hasRole(Role.DIRECTOR),
    signLiaisonForm: isDepartmentHead, // which department: checked by the sign-off service
    signArrearsConsent: isDepartmentHead,
  },
  // A customer's money, by every path (see money-access.ts).
  ApprovalRequest: {
    amount: customerMoneyRule('ApprovalRequest', byCustomerId),
  },
  ArrearsConsent: {
    amount: arrearsMoney,
    unpaidAmount: arrearsMoney,
  },
};
