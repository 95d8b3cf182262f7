import { hasRole, isAuthenticated, isDepartmentHead } from '../../auth/rules';
import { Role } from '../../domain/roles';
import { byCustomerId, customerMoneyRule } from '../customers';

const FILERS = [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR];
const DECIDERS = [Role.MANAGER, Role.DIRECTOR];

const arrearsMoney = customerMoneyRule('ArrearsConsent', byCustomerId);

export const approvalPermissions = {
  Query: {
    approvalRequests: isAuthenticated,
    approvalRequest: isAuthenticated,
    approvalPolicy: hasRole(Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER),
    arrearsConsents: hasRole(Role.SALESPERSON, Role.COLLECTOR, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR, Role.DEPARTMENT_HEAD, Role.DISPATCHER),
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
