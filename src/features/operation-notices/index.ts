/** The operation-notices feature's one door: what other features may use of it. */
export { OperationNotice, OperationNoticeKind } from './operation-notice.entity';
export { approvalHooks } from './settlement-change';
