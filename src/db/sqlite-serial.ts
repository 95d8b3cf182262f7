import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, QueryRunner } from 'typeorm';

/**
 * One database conversation at a time on the embedded SQLite database.
 *
 * TypeORM's better-sqlite3 driver hands every caller the same query runner on the one
 * connection. Without this, a statement issued outside a transaction (a login attempt, a
 * contact-access row, a test factory's save) while another request's transaction is open runs
 * inside that transaction, and is rolled back with it when that request fails. So every
 * statement and every transaction takes a process-wide lock: a transaction holds it from BEGIN to
 * COMMIT or ROLLBACK, a lone statement for its own run. The database is embedded: there is no
 * other process to coordinate with.
 */

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that releases the lock, once every earlier holder released it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    return previous.then(() => {
      let done = false;
      return () => {
        if (!done) {
          done = true;
          release();
        }
      };
    });
  }
}

/** The lock this async flow holds, if any; `active` turns false on release so stragglers queue again. */
interface Holding {
  ds: DataSource;
  active: boolean;
}

const holding = new AsyncLocalStorage<Holding>();
const mutexes = new WeakMap<DataSource, Mutex>();

function mutexOf(ds: DataSource): Mutex {
  let mutex = mutexes.get(ds);
  if (!mutex) {
    mutex = new Mutex();
    mutexes.set(ds, mutex);
  }
  return mutex;
}

function holdsLock(ds: DataSource): boolean {
  const h = holding.getStore();
  return !!h && h.ds === ds && h.active;
}

/** Runs `work` holding the lock of `ds` (work already holding it runs at once). */
export async function runSerialized<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (holdsLock(ds)) return work();
  const release = await mutexOf(ds).acquire();
  const token: Holding = { ds, active: true };
  try {
    return await holding.run(token, work);
  } finally {
    token.active = false;
    release();
  }
}

/**
 * Makes every query runner of a SQLite data source take the lock. Each caller gets its own view of
 * the shared runner (its own transaction state), so a runner that opened a transaction outside
 * runSerialized (TypeORM's implicit one around save()) keeps the lock until it commits or rolls
 * back, while every other caller waits.
 */
export function serializeSqlite(ds: DataSource): void {
  const driver = ds.driver as unknown as { createQueryRunner(mode: string): QueryRunner; serialized?: boolean };
  if (driver.serialized) return;
  driver.serialized = true;
  const shared = driver.createQueryRunner.bind(driver);
  const mutex = mutexOf(ds);
  driver.createQueryRunner = (mode: string) => {
    const runner = shared(mode);
    const own: Record<PropertyKey, unknown> = {};
    let releaseTransaction: (() => void) | null = null;
    const endTransaction = (name: 'commitTransaction' | 'rollbackTransaction', view: QueryRunner) => async () => {
      try {
        await (runner[name] as () => Promise<void>).call(view);
      } finally {
        if (releaseTransaction && !view.isTransactionActive) {
          const release = releaseTransaction;
          releaseTransaction = null;
          release();
        }
      }
    };
    const view: QueryRunner = new Proxy(runner, {
      get(target, prop, receiver) {
        if (Object.prototype.hasOwnProperty.call(own, prop)) return own[prop];
        if (prop === 'query') {
          return (...args: unknown[]) => {
            const run = () => (target.query as (...a: unknown[]) => Promise<unknown>).apply(receiver, args);
            return holdsLock(ds) || releaseTransaction ? run() : runSerialized(ds, run);
          };
        }
        if (prop === 'startTransaction') {
          return async (...args: unknown[]) => {
            const start = () => (target.startTransaction as (...a: unknown[]) => Promise<void>).apply(receiver, args);
            if (holdsLock(ds) || releaseTransaction) return start();
            releaseTransaction = await mutex.acquire();
            try {
              await start();
            } catch (error) {
              const release = releaseTransaction;
              releaseTransaction = null;
              release?.();
              throw error;
            }
          };
        }
        if (prop === 'commitTransaction') return endTransaction('commitTransaction', receiver);
        if (prop === 'rollbackTransaction') return endTransaction('rollbackTransaction', receiver);
        return Reflect.get(target, prop, receiver);
      },
      set(_target, prop, value) {
        own[prop] = value;
        return true;
      },
    });
    return view;
  };
}
