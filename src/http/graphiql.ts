import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { localDateIn, previousMonth } from '../time';

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

/** What a saved operation's variables are computed from when the page is served. */
export interface ExampleDefaults {
  /** The previous calendar month, YYYY-MM (company time zone): the last closed month. */
  lastMonth: string;
}

/**
 * Saved operations offered in GraphiQL's tabs (validated against the schema by a test); they use
 * the API names of API.md. The workload report is added when its query is merged.
 */
export const EXAMPLE_OPERATIONS: Array<{ name: string; query: string; variables?: (d: ExampleDefaults) => Record<string, unknown> }> = [
  {
    name: 'Sign in',
    query: `mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt staff { id name roles } }
}`,
    variables: () => ({ email: 'manager@demo.example', password: '' }),
  },
  {
    name: 'Monthly receivables report',
    query: `query MonthlyReceivables($month: String!) {
  monthlyReceivablesReport(month: $month) {
    month
    rows { customer { id name } owner { id name } opening added received closing }
    byOwner { owner { id name } opening added received closing }
    totals { opening added received closing }
  }
}`,
    variables: (d) => ({ month: d.lastMonth }),
  },
  {
    name: 'Aging report',
    query: `query Aging($asOf: LocalDate) {
  agingReport(asOf: $asOf) {
    asOf
    rows { customer { id name owner { name } } notDue d1to30 d31to60 d61to90 over90 total }
    totals { notDue d1to30 d31to60 d61to90 over90 total }
  }
}`,
  },
  {
    name: 'Payroll summary',
    query: `query Payroll($month: String!) {
  payrollSummary(month: $month) {
    staff { id name department }
    daysPresent leave sickDays businessTripDays unexcusedAbsences absencesFromFalseVisitReports violations fines compensation totalDeductions
  }
}`,
    variables: (d) => ({ month: d.lastMonth }),
  },
  {
    name: 'Workload report',
    query: `query Workload($month: String!) {
  workloadReport(month: $month) {
    staff { id name }
    visitsCompleted customersRegistered intentReports requestsFiled statementsIssued amountCollected
  }
}`,
    variables: (d) => ({ month: d.lastMonth }),
  },
  {
    name: 'Pending approvals',
    query: `query PendingApprovals {
  approvalRequests(first: 50, status: PENDING) {
    totalCount
    edges { node { id kind status reason amount newRate createdAt requester { id name } customer { id name } } }
  }
}`,
  },
  {
    name: "Salesperson's dashboard",
    query: `query MyDashboard {
  me { id name roles }
  customers(first: 20) { totalCount edges { node { id name status balance owner { id name } } } }
  visits(first: 20) { edges { node { id status plannedAt customer { id name } } } }
  approvalRequests(first: 20) { edges { node { id kind status } } }
}`,
  },
];

export function graphiqlPage(defaults: ExampleDefaults = { lastMonth: previousMonth(new Date().toISOString().slice(0, 10)) }): string {
  const tabs = JSON.stringify(
    EXAMPLE_OPERATIONS.map((o) => ({ query: `# ${o.name}\n${o.query}`, ...(o.variables ? { variables: JSON.stringify(o.variables(defaults), null, 2) } : {}) })),
  ).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Market department API - GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>body{margin:0;height:100vh;display:flex;flex-direction:column;font-family:sans-serif}#bar{padding:6px;background:#eee}#bar input{width:60%}#graphiql{flex:1}</style>
</head>
<body>
<div id="bar"><label>Token <input id="token" type="password" placeholder="paste the token from login, sent as Authorization: Bearer"></label></div>
<div id="graphiql">Loading...</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  const tokenInput = document.getElementById('token');
  tokenInput.value = sessionStorage.getItem('token') || '';
  tokenInput.addEventListener('change', () => sessionStorage.setItem('token', tokenInput.value.trim()));
  const fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    fetch: (url, init) => {
      const headers = Object.assign({}, init && init.headers);
      const token = tokenInput.value.trim();
      if (token) headers.Authorization = 'Bearer ' + token;
      return fetch(url, Object.assign({}, init, { headers }));
    },
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: ${tabs} }),
  );
</script>
</body>
</html>`;
}

const MISSING = `GraphiQL is not installed on this server: add the packages graphiql@3 (with graphiql.min.js), react@18 and react-dom@18.
Meanwhile, POST GraphQL operations to /graphql.`;

/** Serves the GraphiQL page to browsers at GET /graphql (Accept: text/html) and its assets. */
export function graphiqlRouter(timeZone = 'UTC'): express.Router {
  const router = express.Router();
  router.get('/graphiql/assets/:name', (req, res) => {
    const asset = GRAPHIQL_ASSETS[req.params.name];
    const file = asset && assetPath(asset.pkg, asset.file);
    if (!asset || !file) return res.status(404).type('text/plain').send('Not found');
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(file);
  });
  router.get('/graphql', (req, res, next) => {
    // Only a browser navigation (no query, wants HTML) gets the page; GET operations go on to Apollo.
    if (req.query.query !== undefined || req.query.extensions !== undefined || !req.accepts(['application/json', 'text/html']) || req.accepts(['application/json', 'text/html']) !== 'text/html') {
      return next();
    }
    res.set('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'");
    if (!graphiqlAvailable()) return res.status(501).type('text/plain').send(MISSING);
    res.type('text/html').send(graphiqlPage({ lastMonth: previousMonth(localDateIn(timeZone, new Date())) }));
  });
  return router;
}
