import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createHttpServer, serveApp } from './http-server';

const limits = { headersTimeoutMs: 5000, requestTimeoutMs: 10_000, maxConnectionsPerAddress: 0 };

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: http.Server) => new Promise((resolve) => server.close(resolve));

describe('createHttpServer', () => {
  it("makes each request and response with the served app's prototypes, so express never swaps them", async () => {
    const app = express();
    app.get('/x', (req, res) => {
      res.json({ sent: req.get('x-probe') });
    });
    const server = createHttpServer(limits);
    const seen: boolean[] = [];
    // Runs before the app: what Node made, before express's own init.
    server.on('request', (req, res) => {
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
    });
    serveApp(server, app);
    const url = await listen(server);
    try {
      const answer = await fetch(`${url}/x`, { headers: { 'x-probe': 'yes' } });
      expect(await answer.json()).toEqual({ sent: 'yes' });
      expect(seen).toEqual([true, true]);
    } finally {
      await close(server);
    }
  });

  it("gives Node's own request and response to a server that serves no app", async () => {
    const server = createHttpServer(limits);
    server.on('request', (req, res) => {
      const own =
        Object.getPrototypeOf(req) === http.IncomingMessage.prototype &&
        Object.getPrototypeOf(res) === http.ServerResponse.prototype;
      res.end(String(own && req.url === '/plain'));
    });
    const url = await listen(server);
    try {
      expect(await (await fetch(`${url}/plain`)).text()).toBe('true');
    } finally {
      await close(server);
    }
  });

  it('refuses to serve an app on a server it did not make', () => {
    expect(() => serveApp(http.createServer(), express())).toThrow(/createHttpServer/);
  });
});
