import { isAuthenticated } from '../../auth/rules';

/** Everyone signed in has an inbox; the service only ever reads and changes the caller's own rows. */
export const notificationPermissions = {
  Query: {
    notifications: isAuthenticated,
    unreadNotificationCount: isAuthenticated,
  },
  Mutation: {
    markNotificationsRead: isAuthenticated,
  },
  Subscription: {
    notificationAdded: isAuthenticated,
  },
};
