/**
 * The notifications feature's one door: features that raise events record them through it, in their own transaction.
 */
export { recordNotification } from './record-notification';
export type { NotificationEvent, Recipients } from './record-notification';
export { NotificationKind } from './notification-kind';
export { Notification } from './notification.entity';
export { NotificationBus, attachNotificationBus } from './notification-bus';
export type { NotificationMessage } from './notification-bus';
