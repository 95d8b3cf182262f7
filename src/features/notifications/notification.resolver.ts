import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { UnauthenticatedError } from '../../errors';
import { Notification } from './notification.entity';
import { NotificationMessage } from './notification-bus';
import { notificationStream } from './notification-stream';
import { fromMessage } from './record-notification';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: "A page of the caller's notifications, newest first." })
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {}

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only notifications not yet marked read.' })
  unreadOnly?: boolean | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      "The caller's own notifications, newest first: what a client shows after being offline (any signed-in staff member).",
  })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    return ctx.services.notifications.list(signedIn(ctx), args);
  }

  @Query(() => Int, { description: "How many of the caller's notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(signedIn(ctx));
  }

  @Mutation(() => Int, {
    description:
      "Marks the caller's notifications read and returns how many changed (already read ones, and ids that are not the caller's, change nothing).",
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], {
      nullable: true,
      description:
        "The notifications to mark read (at most 500); omitted or null: all of the caller's; an empty list: none.",
    })
    ids: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.markRead(signedIn(ctx), ids ?? null);
  }

  @Subscription(() => Notification, {
    description:
      'Each new notification of the signed-in staff member, as it is committed (graphql-ws protocol on /graphql; the token goes in connection_init\'s payload as { authorization: "Bearer <token>" }). The socket closes with 4403 when the session ends (logout, password change, deactivation). Notifications sent while offline are in the inbox (notifications).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      if (!ctx.actor) throw new UnauthenticatedError();
      return notificationStream(ctx.services.notificationBus, ctx.actor.id);
    },
  })
  notificationAdded(@Root() message: NotificationMessage, @Ctx() ctx: Context): Notification {
    // Each event is its own read: loaders of the previous one must not answer for this one.
    ctx.renewLoaders?.();
    return fromMessage(message);
  }
}
