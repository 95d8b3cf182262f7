import { NotificationBus, NotificationMessage } from './notification-bus';

/** Messages waiting for a slow socket beyond this are dropped (the inbox keeps them all). */
const MAX_QUEUED = 100;

/**
 * The live notifications of one recipient as the async iterator graphql-ws consumes. Only the
 * recipient's own messages ever enter it (the bus routes by recipient id); ending the
 * subscription (return) stops listening at once.
 */
export function notificationStream(
  bus: NotificationBus,
  recipientId: number,
): AsyncIterableIterator<NotificationMessage> {
  const queued: NotificationMessage[] = [];
  let waiting: ((result: IteratorResult<NotificationMessage>) => void) | null = null;
  let done = false;
  const stop = bus.listen(recipientId, (message) => {
    if (done || Number(message.recipientId) !== recipientId) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: message, done: false });
    } else if (queued.length < MAX_QUEUED) {
      queued.push(message);
    }
  });
  const finish = (): Promise<IteratorResult<NotificationMessage>> => {
    done = true;
    stop();
    queued.length = 0;
    if (waiting) waiting({ value: undefined, done: true });
    waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      const message = queued.shift();
      if (message !== undefined) return Promise.resolve({ value: message, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw(error) {
      void finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
