import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { openScratch } from '../support/databases';
import { createLogger } from '../../src/logger';
import { createHttpApp, createServer } from '../../src/server';
import { TestApp } from '../support/app';

/** /healthz says the process is alive; /readyz that the database is reachable and migrated. */
async function serve(app: http.RequestListener) {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('health endpoints', () => {
  it('are alive and ready on a migrated database', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      await app.stop();
    }
  });

  it('is not ready while migrations are pending, and not when the database is gone; alive all the same', async () => {
    const { db, scratch } = await openScratch();
    const server = await createServer(loadConfig({ NODE_ENV: 'test' }), db, createLogger('silent'));
    const http1 = await serve(createHttpApp(server));
    try {
      const pending = await fetch(`${http1.url}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'migrations pending' });
      await db.destroy();
      const gone = await fetch(`${http1.url}/readyz`);
      expect(gone.status).toBe(503);
      expect(await gone.json()).toEqual({ status: 'database unreachable' });
      expect((await fetch(`${http1.url}/healthz`)).status).toBe(200);
    } finally {
      await http1.close();
      await server.apollo.stop();
      if (db.isInitialized) await db.destroy();
      await scratch.drop();
    }
  });

  it('asks again while connections of a just-lost cluster node fail, and only then: another fault is not ready at once', async () => {
    const app = await TestApp.start();
    const realQuery = app.db.query.bind(app.db);
    try {
      const url = await app.listen();
      // Three pooled connections to a lost node, each failing its first query as a reset.
      let lost = 3;
      const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      app.db.query = (async (...args: Parameters<typeof realQuery>) => {
        if (lost > 0) {
          lost--;
          throw reset;
        }
        return realQuery(...args);
      }) as typeof app.db.query;
      const ready = await fetch(`${url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
      expect(lost).toBe(0);
      // A fault that is no lost connection is asked once, and not ready.
      let asked = 0;
      app.db.query = (async () => {
        asked++;
        throw new Error('Table mysql.proc is marked as crashed');
      }) as typeof app.db.query;
      const broken = await fetch(`${url}/readyz`);
      expect(broken.status).toBe(503);
      expect(asked).toBe(1);
    } finally {
      app.db.query = realQuery;
      await app.stop();
    }
  });
});
