import type http from 'node:http';
import type express from 'express';
import proxyaddr from 'proxy-addr';
import { HeaderMap } from '@apollo/server';
import type { AppServer } from '../app-server';
import type { RequestInfo } from '../context';
import { requestInfo } from './operation-bridge';
import type { HttpApp } from './http-server';
import { answerRequestError, assignRequestId, refusedAsUntrusted } from './transport';
import { setSecurityHeaders } from './security-headers';
import { BODY_LIMIT_BYTES, INVALID_JSON, invalidJsonError, parseJsonBody, readsAsUtf8 } from './request-body';

/**
 * /graphql: Apollo answers each request on Node's own request and response (what
 * @as-integrations/express4 did, without express's response helpers on the way out).
 */
export async function answerGraphql(
  server: AppServer,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
  info: RequestInfo,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await server.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: query < 0 ? '' : url.slice(query),
      body,
    },
    context: () => server.context(info),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The /graphql route of the express app, after its body and trusted documents middleware. */
export function graphqlRoute(server: AppServer): express.RequestHandler {
  return (req, res, next) => {
    answerGraphql(server, req, res, req.body, requestInfo(req, res)).catch(next);
  };
}

/** The media type `application/json`, with or without parameters (as express's `req.is` reads it). */
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * The request nearly every client makes: POST /graphql with a JSON body of a stated length within
 * the limit, neither chunked nor compressed.
 */
function isPlainGraphqlPost(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const { headers } = req;
  if (headers['transfer-encoding'] !== undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = Number(headers['content-length']);
  const type = headers['content-type'] ?? '';
  return length > 0 && length <= BODY_LIMIT_BYTES && JSON_TYPE.test(type) && readsAsUtf8(type);
}

/**
 * `app` with the plain GraphQL POST (isPlainGraphqlPost) answered before express: the same steps
 * as express's chain for it (request id, security headers, body, trusted documents gate, Apollo),
 * without its router walking every route and its request and response helpers: a sixth of the
 * server's CPU on a 10-row dashboard page went to express. Every other request (GraphiQL, GET
 * queries, the side doors, a chunked, compressed, oversized or oddly typed body) goes to `app`,
 * which answers it as before. Call it once the app's settings are final (it reads `trust proxy`).
 */
export function withGraphqlFastPath(server: AppServer, app: express.Express): HttpApp {
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const listener: http.RequestListener = (req, res) => {
    if (!isPlainGraphqlPost(req)) return app(req, res);
    const requestId = assignRequestId(req, res);
    setSecurityHeaders(res);
    const chunks: Buffer[] = [];
    // A client that goes away mid-body gets no answer (Node ends the request with an error).
    req.on('error', () => undefined);
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // Node's parser delivers exactly Content-Length bytes, which isPlainGraphqlPost bounded.
      const body = parseJsonBody(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      if (body === INVALID_JSON) return answerRequestError(invalidJsonError(), res, server.logger, requestId);
      if (refusedAsUntrusted(server.trusted, body, res)) return;
      const info = {
        authorization: req.headers.authorization ?? null,
        // As express's req.ip: the peer, or with TRUST_PROXY the client named in X-Forwarded-For.
        clientAddress: proxyaddr(req, trust),
        requestId,
      };
      answerGraphql(server, req, res, body, info).catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else answerRequestError(error, res, server.logger, requestId);
      });
    });
  };
  return Object.assign(listener, { request: app.request, response: app.response });
}
