import http from 'node:http';
import type { Socket } from 'node:net';
import { Config } from '../config';

/**
 * An HTTP app: an express app, or a request listener in front of one carrying its prototypes
 * (what createHttpApp gives), which every request and response is made with.
 */
export interface HttpApp extends AppPrototypes {
  (req: http.IncomingMessage, res: http.ServerResponse): void;
}

interface AppPrototypes {
  request: object;
  response: object;
}

const messagePrototypes = new WeakMap<http.Server, (app: AppPrototypes) => void>();

/**
 * The HTTP server with bounds on slow and greedy clients, shared by main.ts and the tests:
 * - the headers must arrive within `headersTimeoutMs` and the whole request (body included)
 *   within `requestTimeoutMs`, or Node answers 408 and closes: a body trickled a byte at a time
 *   no longer holds a socket for Node's default of 5 minutes;
 * - at most `maxConnectionsPerAddress` open sockets per peer address; more are closed at once.
 *   Behind a load balancer every socket comes from the balancer: raise it or set 0 (no limit).
 */
export function createHttpServer(limits: Config['http'], app?: HttpApp): http.Server {
  const { IncomingMessage, ServerResponse, servedBy } = appShapedMessages();
  const server = http.createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks both timeouts only this often (30 s by default, which would double them).
    connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    IncomingMessage,
    ServerResponse,
  });
  messagePrototypes.set(server, servedBy);
  if (app) serveApp(server, app);
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

/** Has `server` (made by createHttpServer) answer every request with `app`. */
export function serveApp(server: http.Server, app: HttpApp): void {
  const servedBy = messagePrototypes.get(server);
  if (!servedBy) throw new Error('serveApp needs a server made by createHttpServer.');
  servedBy(app);
  server.on('request', app);
}

/**
 * Requests and responses made with the express app's own prototypes (`app.request`,
 * `app.response`) from the start. Express otherwise swaps the prototype of every request and
 * response it is handed (Object.setPrototypeOf in its `init` middleware), and V8 then keeps such
 * an object, with everything of the request reachable from it, alive through the next
 * young-generation collection into the old generation: measured on the dashboard, a fifth of
 * everything a request allocated was promoted, for a full collection every second under load. A
 * plain Node handler that swaps a response's prototype shows the same; one that does not, or sets
 * the prototype the object already has (which is what express then does), promotes nothing.
 * Until an app is served, the objects are Node's own.
 */
function appShapedMessages() {
  const node = {
    IncomingMessage: http.IncomingMessage as unknown as (this: object, socket: Socket) => void,
    ServerResponse: http.ServerResponse as unknown as (this: object, req: object, options?: object) => void,
  };
  function IncomingMessage(this: object, socket: Socket) {
    node.IncomingMessage.call(this, socket);
  }
  function ServerResponse(this: object, req: object, options?: object) {
    node.ServerResponse.call(this, req, options);
  }
  IncomingMessage.prototype = http.IncomingMessage.prototype;
  ServerResponse.prototype = http.ServerResponse.prototype;
  return {
    IncomingMessage: IncomingMessage as unknown as typeof http.IncomingMessage,
    ServerResponse: ServerResponse as unknown as typeof http.ServerResponse,
    servedBy(app: AppPrototypes) {
      IncomingMessage.prototype = app.request as http.IncomingMessage;
      ServerResponse.prototype = app.response as http.ServerResponse;
    },
  };
}
