import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '../../auth/actor';
import { paginate, Page } from '../../graphql/connection';
import { BadUserInputError } from '../../errors';
import { Notification } from './notification.entity';

/** At most this many ids per markNotificationsRead call. */
export const MAX_MARK_IDS = 500;

/** The inbox: each person reads and marks only their own notifications. */
export class NotificationService {
  constructor(private readonly db: DataSource) {}

  list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<Page<Notification>> {
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.recipientId = :me', { me: actor.id });
    if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, args);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db.getRepository(Notification).count({ where: { recipientId: actor.id, readAt: IsNull() } });
  }

  /**
   * Marks the caller's unread notifications read: those named, or all when `ids` is null. Ids
   * that are not the caller's (or not ids at all) change nothing. Returns how many changed.
   */
  async markRead(actor: Actor, ids: readonly string[] | null | undefined): Promise<number> {
    const qb = this.db
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: new Date() })
      .where('recipientId = :me AND readAt IS NULL', { me: actor.id });
    if (ids) {
      if (ids.length > MAX_MARK_IDS)
        throw new BadUserInputError(
          `At most ${MAX_MARK_IDS} ids at a time; omit ids to mark every notification read.`,
          'ids',
        );
      const numeric = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
      if (!numeric.length) return 0;
      qb.andWhere({ id: In(numeric) });
    }
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
