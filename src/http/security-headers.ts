import { createHash } from 'node:crypto';
import type http from 'node:http';
import express from 'express';
import helmet from 'helmet';

/**
 * The usual security headers on every response (helmet): nosniff, no referrer, no framing, HSTS,
 * cross-origin isolation of windows and resources, and a Content-Security-Policy that allows
 * nothing, which is right for JSON, CSV and plain text. HTML pages get their own policy from
 * `htmlPagePolicy` when they are sent.
 */
export const helmetHeaders: express.RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/**
 * What helmet sets, read once by running it on a response that records its calls: with the
 * options above nothing depends on the request (no nonce, no directive computed per request), and
 * helmet touches only `setHeader` and `removeHeader`. Running its eleven middlewares again on
 * every request rebuilt the same strings.
 */
function recordHelmet(): { set: Array<[string, string]>; removed: string[] } {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  };
  let done = false;
  helmetHeaders({} as express.Request, recorder as unknown as express.Response, () => (done = true));
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be read once');
  return { set, removed };
}

const HELMET = recordHelmet();

/**
 * helmet's headers, and `Cache-Control: no-store`: answers carry one caller's data (and a
 * sign-in's token), which no shared or browser cache may keep. Static assets set their own.
 */
export function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  for (const name of HELMET.removed) res.removeHeader(name);
  for (const [name, value] of HELMET.set) res.setHeader(name, value);
}

/** setSecurityHeaders on every response of an express app. */
export const securityHeaders: express.RequestHandler = (_req, res, next) => {
  setSecurityHeaders(res);
  next();
};

const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The policy of one HTML page: scripts only from this origin and, for the page's own inline
 * scripts, by their SHA-256 hash (computed from the page as sent, so a page may change its
 * scripts freely, while a script injected through data is refused by the browser). Inline styles
 * stay allowed: GraphiQL's editor sets them; a style cannot run code.
 */
export function htmlPagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  const scriptSources = /<script[^>]*\bsrc\s*=/i.test(html) ? ["'self'", ...hashes] : hashes;
  return [
    "default-src 'self'",
    `script-src ${scriptSources.length ? [...new Set(scriptSources)].join(' ') : "'none'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Gives every HTML response the policy of its own content, whichever route sends it. */
export const htmlPagePolicies: express.RequestHandler = (_req, res, next) => {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const type = String(res.getHeader('Content-Type') ?? '');
    if (typeof body === 'string' && (/^text\/html/i.test(type) || type === ''))
      res.setHeader('Content-Security-Policy', htmlPagePolicy(body));
    return send(body);
  };
  next();
};
