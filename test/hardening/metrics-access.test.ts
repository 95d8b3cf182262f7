import { TestApp } from '../support/app';
import { loadConfig } from '../../src/config';
import { serveMetricsOnLoopback } from '../../src/http/metrics-route';

/**
 * /metrics in production: never open on the public port. With METRICS_TOKEN it needs the token;
 * with METRICS_PORT it leaves the public port for a port bound to 127.0.0.1; with neither it is off.
 */
const PROD_ENV = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATABASE_URL: 'mysql://u@h/db' };
const TOKEN = 'm'.repeat(32);

async function withApp(env: Record<string, string>, run: (app: TestApp, url: string) => Promise<void>): Promise<void> {
  const config = loadConfig({ ...PROD_ENV, ...env });
  const app = await TestApp.start({
    nodeEnv: config.nodeEnv,
    metricsToken: config.metricsToken,
    metricsPort: config.metricsPort,
  });
  try {
    await run(app, await app.listen());
  } finally {
    await app.stop();
  }
}

describe('/metrics in production', () => {
  it('is not served on the public port without METRICS_TOKEN', async () => {
    await withApp({}, async (_app, url) => {
      const res = await fetch(`${url}/metrics`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/graphql_requests_total|process_cpu/);
    });
  });

  it('needs the token on the public port when METRICS_TOKEN is set', async () => {
    await withApp({ METRICS_TOKEN: TOKEN }, async (_app, url) => {
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${'x'.repeat(32)}` } })).status).toBe(
        401,
      );
      const ok = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/process_cpu_seconds_total/);
    });
  });

  it('with METRICS_PORT, leaves the public port and is served on 127.0.0.1 only', async () => {
    expect(loadConfig({ ...PROD_ENV, METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    await withApp({ METRICS_PORT: '9464', METRICS_TOKEN: TOKEN }, async (app, url) => {
      // Not on the public port, even with the token.
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
      const { httpServer, port } = await serveMetricsOnLoopback(app.server, 0);
      try {
        expect(httpServer.address()).toMatchObject({ address: '127.0.0.1' });
        expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
        const ok = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toMatch(/process_cpu_seconds_total/);
        expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
      } finally {
        await new Promise((resolve) => httpServer.close(resolve));
      }
    });
  });

  it('stays open in development, where no token is configured (the control)', async () => {
    const app = await TestApp.start();
    try {
      expect((await fetch(`${await app.listen()}/metrics`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
