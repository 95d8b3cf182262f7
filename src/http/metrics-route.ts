import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import type { AppServer } from '../app-server';
import { securityHeaders } from './security-headers';

/**
 * GET /metrics, with `Authorization: Bearer <METRICS_TOKEN>` when a token is set. On the public
 * port in production it is served only with a token: the figures name operations and error
 * rates an outsider should not read. METRICS_PORT moves it to a port of 127.0.0.1 instead.
 */
export function metricsRoute(server: AppServer, where: 'public' | 'loopback'): express.Router {
  const router = express.Router();
  const { metricsToken: token, metricsPort, nodeEnv } = server.config;
  const offered = where === 'loopback' || (metricsPort === null && (token !== null || nodeEnv !== 'production'));
  if (!offered) return router;
  router.get('/metrics', async (req, res) => {
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`))
      return res.status(401).type('text/plain').send('Unauthorized');
    const text = await server.metrics.render();
    res.setHeader('Content-Type', server.metrics.contentType);
    res.end(text);
  });
  return router;
}

/** Compares without leaking, through timing, how much of the token a guess got right. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Serves /metrics alone on 127.0.0.1:`port` (0: any free port); closed with the returned server. */
export async function serveMetricsOnLoopback(
  server: AppServer,
  port: number,
): Promise<{ httpServer: http.Server; port: number }> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders, metricsRoute(server, 'loopback'));
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', resolve);
  });
  return { httpServer, port: (httpServer.address() as AddressInfo).port };
}
