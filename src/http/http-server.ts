import http from 'node:http';
import { Config } from '../config';

/**
 * The HTTP server with bounds on slow and greedy clients, shared by main.ts and the tests:
 * - the headers must arrive within `headersTimeoutMs` and the whole request (body included)
 *   within `requestTimeoutMs`, or Node answers 408 and closes: a body trickled a byte at a time
 *   no longer holds a socket for Node's default of 5 minutes;
 * - at most `maxConnectionsPerAddress` open sockets per peer address; more are closed at once.
 *   Behind a load balancer every socket comes from the balancer: raise it or set 0 (no limit).
 */
export function createHttpServer(limits: Config['http'], handler?: http.RequestListener): http.Server {
  const server = http.createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks both timeouts only this often (30 s by default, which would double them).
    connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
  });
  if (handler) server.on('request', handler);
  if (limits.maxConnectionsPerAddress > 0) limitConnectionsPerAddress(server, limits.maxConnectionsPerAddress);
  return server;
}

function limitConnectionsPerAddress(server: http.Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
