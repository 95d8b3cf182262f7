import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import express from 'express';
import pino from 'pino';
import { TrustedDocuments } from './persisted-documents';
import { isIntrospectionText } from './introspection';
import { BODY_LIMIT, sendError } from './request-body';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A request's id: a well-formed X-Request-Id from the caller, or a new one; echoed in the response. */
export function assignRequestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Every request gets an id (assignRequestId), kept in res.locals for the routes. */
export const requestIdMiddleware: express.RequestHandler = (req, res, next) => {
  res.locals.requestId = assignRequestId(req, res);
  next();
};

/**
 * With a trusted documents manifest, a document sent as text runs only when it is one of the
 * manifest's: refused here, before Apollo sees it. (A hash alone is looked up by Apollo's APQ.) A
 * document that only reads the schema passes on, to be judged by the introspection roles.
 */
export function trustedDocumentsGate(trusted: TrustedDocuments | null): express.RequestHandler {
  return (req, res, next) => {
    if (refusedAsUntrusted(trusted, req.method === 'GET' ? req.query : req.body, res)) return;
    next();
  };
}

/**
 * The gate's rule for one request's parameters (a JSON body, or a GET's query): true when it
 * refused the request, having answered it.
 */
export function refusedAsUntrusted(
  trusted: TrustedDocuments | null,
  source: unknown,
  res: http.ServerResponse,
): boolean {
  if (!trusted) return false;
  const query = source && typeof source === 'object' ? (source as Record<string, unknown>).query : undefined;
  if (typeof query !== 'string' || trusted.has(TrustedDocuments.sha256(query)) || isIntrospectionText(query))
    return false;
  sendError(
    res,
    400,
    'OPERATION_NOT_TRUSTED',
    'This server runs only the operations of its trusted documents manifest; send a persisted document hash.',
  );
  return true;
}

/** Body errors as GraphQL-shaped JSON (never express's HTML page with a stack). */
export function bodyErrorHandler(logger: pino.Logger): express.ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    answerRequestError(err, res, logger, res.locals.requestId);
  };
}

/**
 * A request that failed before or around GraphQL (its body, or a fault of ours), answered as
 * GraphQL-shaped JSON: 413, 400 or 415 for what the client sent, else a logged 500.
 */
export function answerRequestError(
  err: unknown,
  res: http.ServerResponse,
  logger: pino.Logger,
  requestId: unknown,
): void {
  const e = err as { type?: string; status?: number };
  if (e.type === 'entity.too.large' || e.status === 413) {
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`);
  }
  if (e.type === 'entity.parse.failed')
    return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500)
    return sendError(res, e.status, 'BAD_REQUEST', 'The request could not be read.');
  logger.error({ err, requestId }, 'unexpected HTTP error');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
