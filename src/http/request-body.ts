import type http from 'node:http';
import express from 'express';

/** Request bodies above this are refused with 413, as soon as the limit is passed. */
export const BODY_LIMIT = '100kb';
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * After a refusal, how long and how much of the rest of the body is read and thrown away before the socket is closed.
 */
const LINGER_MS = 2000;
const LINGER_BYTES = 4 * 1024 * 1024;

type RawBodyRequest = express.Request & { rawBody?: Buffer };

/** The body read by `readBody`, or undefined when the request had none. */
export function rawBodyOf(req: express.Request): Buffer | undefined {
  return (req as RawBodyRequest).rawBody;
}

function hasBody(req: express.Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** Answers with a GraphQL-shaped error: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * Answers now and closes the connection without a reset. Node destroys a `Connection: close`
 * socket as soon as the answer is written; with request bytes still unread the kernel then sends
 * a reset, and the client loses the answer (ECONNRESET instead of 413). So: half-close, read and
 * drop what keeps coming for a bounded time and amount, then close.
 */
export function answerAndClose(req: express.Request, res: express.Response, answer: () => void): void {
  const socket = req.socket;
  res.setHeader('Connection', 'close');
  socket.destroySoon = function lingeringClose(this: typeof socket) {
    this.end();
    this.resume();
    let dropped = 0;
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    this.on('data', (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > LINGER_BYTES) this.destroy();
    });
    this.once('close', () => clearTimeout(timer));
  };
  req.resume();
  answer();
}

function tooLarge(req: express.Request, res: express.Response): void {
  answerAndClose(req, res, () =>
    sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`),
  );
}

/**
 * Reads every request body into memory, at most `limitBytes`, on every path. Past the limit it
 * stops reading and answers 413 at once: an announced Content-Length before a byte is read, a
 * chunked body as soon as it passes the limit (body-parser would read it to the end first). The
 * time a body may take is bounded by the server's request timeout (createHttpServer).
 * Compressed bodies are refused (415): inflating them is a way around the limit.
 */
export function readBody(limitBytes = BODY_LIMIT_BYTES): express.RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) return next();
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      return answerAndClose(req, res, () =>
        sendError(res, 415, 'BAD_REQUEST', 'Compressed request bodies are not accepted.'),
      );
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) return tooLarge(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', stop);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        stop();
        tooLarge(req, res);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      (req as RawBodyRequest).rawBody = Buffer.concat(chunks, size);
      next();
    };
    // A client that goes away mid-body ('error', or the request timeout destroying the socket) gets no answer.
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', stop);
  };
}

/**
 * Whether a JSON body of this Content-Type is read: it names no charset, or UTF-8's (JSON is
 * UTF-8; another charset is refused with 415). The one rule for both ways a body is read
 * (jsonBody here, and the GraphQL fast path, which leaves anything else to express).
 */
export function readsAsUtf8(contentType: string | undefined): boolean {
  const charset = /;\s*charset=([^;]+)/i
    .exec(contentType ?? '')?.[1]
    ?.trim()
    .replace(/"/g, '')
    .toLowerCase();
  return !charset || charset === 'utf-8' || charset === 'utf8';
}

/**
 * Parses a JSON body read by readBody into req.body, as express.json would (an empty object when
 * the body is not JSON, for Apollo's CSRF prevention to refuse). Errors go to bodyErrorHandler.
 */
export const jsonBody: express.RequestHandler = (req, _res, next) => {
  req.body = {};
  const raw = rawBodyOf(req);
  if (!raw || !req.is('application/json')) return next();
  if (!readsAsUtf8(req.headers['content-type']))
    return next(Object.assign(new Error('unsupported charset'), { status: 415, type: 'charset.unsupported' }));
  if (raw.length === 0) return next();
  const parsed = parseJsonBody(raw);
  if (parsed === INVALID_JSON) return next(invalidJsonError());
  req.body = parsed;
  next();
};

/** What parseJsonBody gives for a body that is not JSON. */
export const INVALID_JSON = Symbol('invalid JSON');

/** A UTF-8 JSON body, parsed; INVALID_JSON when it is not JSON. */
export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return INVALID_JSON;
  }
}

/** The error bodyErrorHandler answers with 400 "not valid JSON". */
export const invalidJsonError = (): Error =>
  Object.assign(new Error('invalid JSON'), { status: 400, type: 'entity.parse.failed' });
