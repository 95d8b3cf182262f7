import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { localDateIn, previousMonth } from '../time';
import { CSV_REPORTS } from './csv-reports';
import { clientOperations } from './client-operations';
import { savedTabs, SavedTab, TabDefaults } from './graphiql-tabs';
import { GRAPHIQL_PAGE_SCRIPT } from './graphiql-script';

/**
 * GraphiQL for analysts, served by this server from installed packages (no CDN): a browser that
 * opens /graphql gets the page; its scripts come from /graphiql/assets/.
 *
 * Needs `graphiql` 3.x (its UMD build graphiql.min.js and graphiql.min.css) and React 18's UMD
 * builds (`react`, `react-dom`). Without them the page says which packages to install.
 */
export const GRAPHIQL_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function assetPath(pkg: string, file: string): string | null {
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    const full = path.join(dir, file);
    return fs.existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

export function graphiqlAvailable(): boolean {
  return Object.values(GRAPHIQL_ASSETS).every((a) => assetPath(a.pkg, a.file) !== null);
}

/** What the page's own parts need from the server, embedded as JSON (data, never run as script). */
export interface GraphiqlSetup {
  tabs: SavedTab[];
  csvReports: Array<{ name: string; parameter: 'month' | 'asOf' }>;
  lastMonth: string;
  /** The sign-in and who-am-I documents, as their manifest text (so they run under TRUSTED_DOCUMENTS). */
  login: string;
  me: string;
}

export function graphiqlSetup(defaults: TabDefaults): GraphiqlSetup {
  return {
    tabs: savedTabs(defaults),
    csvReports: Object.entries(CSV_REPORTS).map(([name, r]) => ({ name, parameter: r.parameter })),
    lastMonth: defaults.lastMonth,
    login: clientOperations().get('Login').text,
    me: clientOperations().get('Me').text,
  };
}

const STYLE = `body{margin:0;height:100vh;display:flex;flex-direction:column;font-family:sans-serif}
#bar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:6px 10px;background:#eee;font-size:14px}
#bar form,#bar span{display:flex;gap:6px;align-items:center}
#bar [hidden]{display:none}
#signin-error,#csv-status{color:#a00}
#graphiql{flex:1;min-height:0}`;

/**
 * The page: a top bar (sign-in or the signed-in name with Sign out; CSV downloads), GraphiQL
 * below. No inline script or event handler: the page's script is /graphiql/assets/page.js.
 * Nothing is prefilled: no account name appears on the page, in any mode.
 */
export function graphiqlPage(
  defaults: TabDefaults = { lastMonth: previousMonth(new Date().toISOString().slice(0, 10)) },
): string {
  const setup = JSON.stringify(graphiqlSetup(defaults)).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Market department API - GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<link rel="stylesheet" href="/graphiql/assets/page.css">
</head>
<body>
<div id="bar">
  <form id="signin">
    <label>Email <input id="email" type="email" autocomplete="username" required></label>
    <label>Password <input id="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
    <span id="signin-error" role="alert"></span>
  </form>
  <span id="session" hidden>Signed in as <strong id="who"></strong> <button id="signout" type="button">Sign out</button></span>
  <form id="csv">
    <label>CSV report <select id="csv-report"></select></label>
    <label id="csv-month-label">month <input id="csv-month" type="month"></label>
    <label id="csv-asof-label" hidden>as of <input id="csv-asof" type="date"></label>
    <button type="submit">Download CSV</button>
    <span id="csv-status" role="status"></span>
  </form>
</div>
<div id="graphiql">Loading...</div>
<script type="application/json" id="graphiql-setup">${setup}</script>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/page.js"></script>
</body>
</html>`;
}

const MISSING = `GraphiQL is not installed on this server: add the packages graphiql@3 (with graphiql.min.js), react@18 and react-dom@18.
Meanwhile, POST GraphQL operations to /graphql.`;

/**
 * A fixed asset revalidated on each use (`no-cache`) by its tag, computed once: the app sends no
 * ETags of its own (every other answer is `no-store`), and express answers 304 when the browser's
 * If-None-Match is this tag.
 */
function revalidated(type: string, body: string): express.RequestHandler {
  const tag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  return (_req, res) => {
    res.type(type).set({ 'Cache-Control': 'no-cache', ETag: tag }).send(body);
  };
}

/** Serves the GraphiQL page to browsers at GET /graphql (Accept: text/html) and its assets. */
export function graphiqlRouter(timeZone = 'UTC'): express.Router {
  const router = express.Router();
  router.get('/graphiql/assets/page.js', revalidated('application/javascript', GRAPHIQL_PAGE_SCRIPT));
  router.get('/graphiql/assets/page.css', revalidated('text/css', STYLE));
  router.get('/graphiql/assets/:name', (req, res) => {
    const asset = GRAPHIQL_ASSETS[req.params.name];
    const file = asset && assetPath(asset.pkg, asset.file);
    if (!asset || !file) return res.status(404).type('text/plain').send('Not found');
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(file);
  });
  router.get('/graphql', (req, res, next) => {
    // Only a browser navigation (no query, wants HTML) gets the page; GET operations go on to Apollo.
    if (
      req.query.query !== undefined ||
      req.query.extensions !== undefined ||
      !req.accepts(['application/json', 'text/html']) ||
      req.accepts(['application/json', 'text/html']) !== 'text/html'
    ) {
      return next();
    }
    res.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
    );
    if (!graphiqlAvailable()) return res.status(501).type('text/plain').send(MISSING);
    res
      .type('text/html')
      .set('Cache-Control', 'no-store')
      .send(graphiqlPage({ lastMonth: previousMonth(localDateIn(timeZone, new Date())) }));
  });
  return router;
}
