/** The approvals feature's one door: what other features may use of it. */
export { ApprovalRequest } from './approval-request.entity';
export type { ApprovalHooks } from './approval-effects';
export { ApprovalKind, ApprovalStatus } from './approval-enums';
export { storageRateSpans } from './customer-terms';
export { notifyDeciders } from './approval-notifications';
