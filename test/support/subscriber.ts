import WebSocket from 'ws';
import { createClient, Client } from 'graphql-ws';
import type { TestApp, Caller } from './app';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind message createdAt readAt approvalRequest { id kind } visitRequest { id } customer { id name } statement { id status } complaint { id status } } }`;

export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws') + '/graphql';
}

/**
 * One graphql-ws client subscribed to notificationAdded as `caller`: what it received, and
 * whether the server ended it (and with which close code).
 */
export class Subscriber {
  readonly received: any[] = [];
  readonly errors: unknown[] = [];
  closeCode: number | null = null;
  completed = false;
  private waiters: Array<() => void> = [];

  private constructor(private readonly client: Client) {}

  static async connect(url: string, token: string, query = NOTIFICATION_ADDED): Promise<Subscriber> {
    // eslint-disable-next-line prefer-const -- the client's callbacks below need it before it is built
    let subscriber!: Subscriber;
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      // The close is recorded (closeCode); graphql-ws would also print it.
      onNonLazyError: () => undefined,
      on: {
        closed: (event: any) => {
          subscriber.closeCode = event?.code ?? null;
          subscriber.wake();
        },
      },
    });
    subscriber = new Subscriber(client);
    client.subscribe(
      { query },
      {
        next: (value: any) => {
          if (value.errors) subscriber.errors.push(...value.errors);
          if (value.data?.notificationAdded) subscriber.received.push(value.data.notificationAdded);
          subscriber.wake();
        },
        error: (error) => {
          subscriber.errors.push(error);
          subscriber.wake();
        },
        complete: () => {
          subscriber.completed = true;
          subscriber.wake();
        },
      },
    );
    return subscriber;
  }

  /** Connects `caller` to `app` and waits until the server listens for them (no event is missed). */
  static async of(app: TestApp, url: string, caller: Caller): Promise<Subscriber> {
    const before = app.server.services.notificationBus.listenerCount(caller.staff.id);
    const s = await Subscriber.connect(url, caller.token);
    await s.until(
      () => app.server.services.notificationBus.listenerCount(caller.staff.id) > before || s.closeCode !== null,
      5000,
      true,
    );
    return s;
  }

  private wake() {
    const all = this.waiters.splice(0);
    for (const w of all) w();
  }

  /** Waits for `condition` (checked on every message and every 20 ms). */
  async until(condition: () => boolean, timeoutMs = 5000, poll = false): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out after ${timeoutMs} ms; received ${JSON.stringify(this.received)}, close ${this.closeCode}`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, poll ? 20 : 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for a notification of `kind`, returns it. */
  async next(kind: string, timeoutMs = 5000): Promise<any> {
    await this.until(() => this.received.some((n) => n.kind === kind), timeoutMs);
    return this.received.find((n) => n.kind === kind);
  }

  ofKind(kind: string): any[] {
    return this.received.filter((n) => n.kind === kind);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

/**
 * Opens a raw graphql-transport-ws socket, sends connection_init with `payload`, and resolves with the close code (or
 * 'acked').
 */
export function rawConnect(url: string, payload: unknown): Promise<{ code: number | 'acked'; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.on('open', () =>
      socket.send(
        JSON.stringify(payload === undefined ? { type: 'connection_init' } : { type: 'connection_init', payload }),
      ),
    );
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ code: 'acked', socket });
    });
    socket.on('close', (code) => resolve({ code, socket }));
    socket.on('error', reject);
  });
}
