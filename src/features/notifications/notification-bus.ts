import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type pino from 'pino';

/** A stored notification as it travels between instances (dates as ISO strings over Redis). */
export interface NotificationMessage {
  id: number;
  recipientId: number;
  kind: string;
  message: string;
  createdAt: string;
  readAt: string | null;
  approvalRequestId: number | null;
  visitRequestId: number | null;
  customerId: number | null;
  statementId: number | null;
  complaintId: number | null;
}

const NOTIFICATIONS = 'notifications';
const SESSIONS = 'sessions-ended';

type Listener<T> = (message: T) => void;

/**
 * Carries committed notifications, and news of ended sessions, to every instance: through Redis
 * pub/sub when REDIS_URL is set (a subscriber on one instance hears of a change on another), in
 * this process otherwise. Each instance subscribes to each channel once and hands a message only
 * to the local listeners of its recipient, so a thousand idle sockets cost a thousand map entries,
 * not a thousand Redis subscriptions.
 */
export class NotificationBus {
  private readonly byRecipient = new Map<number, Set<Listener<NotificationMessage>>>();
  private readonly sessionListeners = new Set<Listener<number>>();
  private readonly ready: Promise<unknown>;

  private readonly notifications: string;
  private readonly sessions: string;

  private constructor(
    private readonly engine: PubSubEngine,
    private readonly logger: pino.Logger,
    private readonly closeEngine: () => Promise<void>,
    prefix = '',
  ) {
    this.notifications = prefix + NOTIFICATIONS;
    this.sessions = prefix + SESSIONS;
    this.ready = Promise.all([
      engine.subscribe(this.notifications, (m: NotificationMessage) => this.deliver(m), {}),
      engine.subscribe(this.sessions, (staffId: number) => this.sessionsEnded(staffId), {}),
    ]);
  }

  static inProcess(logger: pino.Logger): NotificationBus {
    return new NotificationBus(new PubSub(), logger, async () => {});
  }

  /** `prefix` names this deployment's channels (REDIS_CHANNEL_PREFIX). */
  static redis(url: string, prefix: string, logger: pino.Logger): NotificationBus {
    const options = { maxRetriesPerRequest: null, lazyConnect: false };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const client of [publisher, subscriber])
      client.on('error', (err) => logger.warn({ err }, 'redis (notifications) error'));
    const engine = new RedisPubSub({ publisher, subscriber });
    return new NotificationBus(
      engine,
      logger,
      async () => {
        await engine.close();
      },
      prefix,
    );
  }

  /** Resolves once this instance listens on its channels (a test waits for it before acting). */
  whenReady(): Promise<unknown> {
    return this.ready;
  }

  /** After commit: sends each stored notification to its recipient's sockets, on every instance. */
  publish(messages: NotificationMessage[]): void {
    for (const message of messages) {
      this.engine
        .publish(this.notifications, message)
        .catch((err) =>
          this.logger.error(
            { err, notificationId: message.id },
            'could not publish a notification (it stays in the inbox)',
          ),
        );
    }
  }

  /** After a logout, password change or deactivation: every instance re-checks that person's sockets. */
  endSessions(staffId: number): void {
    this.engine
      .publish(this.sessions, staffId)
      .catch((err) => this.logger.error({ err, staffId }, 'could not publish an ended session'));
  }

  /** Listens for `recipientId`'s notifications; returns the way to stop. */
  listen(recipientId: number, listener: Listener<NotificationMessage>): () => void {
    const set = this.byRecipient.get(recipientId) ?? new Set<Listener<NotificationMessage>>();
    this.byRecipient.set(recipientId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.byRecipient.get(recipientId) === set) this.byRecipient.delete(recipientId);
    };
  }

  /** How many live subscriptions of `recipientId` this instance holds (tests wait for it; a gauge could read it). */
  listenerCount(recipientId?: number): number {
    if (recipientId !== undefined) return this.byRecipient.get(recipientId)?.size ?? 0;
    let total = 0;
    for (const set of this.byRecipient.values()) total += set.size;
    return total;
  }

  onSessionsEnded(listener: Listener<number>): () => void {
    this.sessionListeners.add(listener);
    return () => void this.sessionListeners.delete(listener);
  }

  private closing: Promise<void> | null = null;

  /** Lets go of Redis (once, however often a shutdown asks). */
  close(): Promise<void> {
    this.closing ??= this.ready.catch(() => undefined).then(() => this.closeEngine());
    return this.closing;
  }

  private deliver(message: NotificationMessage): void {
    for (const listener of this.byRecipient.get(Number(message.recipientId)) ?? []) listener(message);
  }

  private sessionsEnded(staffId: number): void {
    for (const listener of this.sessionListeners) listener(Number(staffId));
  }
}

/** The bus of each data source's process, so recordNotification(m, ...) finds it from its manager. */
const buses = new WeakMap<DataSource, NotificationBus>();

export function attachNotificationBus(db: DataSource, bus: NotificationBus): void {
  buses.set(db, bus);
}

export function busOf(db: DataSource): NotificationBus | undefined {
  return buses.get(db);
}
