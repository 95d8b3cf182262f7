import path from 'node:path';
import { Kind, OperationDefinitionNode, parse, print, validate } from 'graphql';
import { TestApp } from '../support/app';
import { graphiqlAvailable, graphiqlPage, graphiqlSetup } from '../../src/http/graphiql';
import { CSV_REPORTS } from '../../src/http/csv-reports';
import { loadConfig } from '../../src/config';
import { previousMonth } from '../../src/time';
import { buildBareSchema } from '../../src/schema';
import persisted from '../../client/generated/persisted-documents.json';

/** GraphiQL for analysts, served from our own assets (never a CDN), its tabs from the client operations. */
const manifest = persisted as Record<string, string>;
const queriesOfManifest = Object.values(manifest)
  .map((text) =>
    parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!,
  )
  .filter((op) => op.operation === 'query')
  .map((op) => op.name!.value);

function setupOf(html: string) {
  const json = /<script type="application\/json" id="graphiql-setup">([^<]*)<\/script>/.exec(html);
  expect(json).not.toBeNull();
  return JSON.parse(json![1]) as ReturnType<typeof graphiqlSetup>;
}

describe('GraphiQL', () => {
  it('is a page whose every script and style comes from this server, with no inline script, handler or account name', () => {
    const html = graphiqlPage();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(6);
    expect(sources.every((s) => s.startsWith('/graphiql/assets/'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    // Every <script> either loads a file or is JSON data: nothing for 'unsafe-inline' to allow.
    for (const [, tag, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(/src="/.test(tag) ? body.trim() === '' : /type="application\/json"/.test(tag)).toBe(true);
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(html).not.toMatch(/<style/);
    expect(html).toMatch(/id="email"/);
    expect(html).toMatch(/id="password" type="password"/);
    expect(html).toMatch(/id="signout"/);
    expect(html).not.toMatch(/@demo\.example|demo12345/);
  });

  it('offers a tab for every query of schema/operations, reports first, and a CSV download for every CSV report', () => {
    const setup = setupOf(graphiqlPage({ lastMonth: '2026-10' }));
    const names = setup.tabs.map((t) => t.name);
    expect([...names].sort()).toEqual([...queriesOfManifest].sort());
    for (const report of [
      'MonthlyReceivablesReport',
      'AgingReport',
      'PayrollSummary',
      'AttendanceSummary',
      'WorkloadReport',
      'MonthlyRevenueReport',
      'TargetAchievement',
      'PerformanceRanking',
      'MarketIntelligenceSummary',
      'BudgetReport',
    ]) {
      expect(names.indexOf(report)).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(report)).toBeLessThan(names.indexOf('Me'));
    }
    expect(setup.csvReports.map((r) => r.name).sort()).toEqual(Object.keys(CSV_REPORTS).sort());
    expect(setup.csvReports).toHaveLength(10);
    expect(setup.csvReports.find((r) => r.name === 'budget')!.parameter).toBe('month');
    expect(setup.csvReports.find((r) => r.name === 'aging')!.parameter).toBe('asOf');
    expect(setup.csvReports.find((r) => r.name === 'revenue')!.parameter).toBe('month');
    // The first tab (the one active on a fresh load) has its variables ready to run.
    expect(JSON.parse(setup.tabs[0].variables!)).toEqual({ month: '2026-10' });
  });

  it('saves tabs whose unchanged text maps to the exact trusted document, valid against the schema', async () => {
    const schema = await buildBareSchema();
    const setup = graphiqlSetup({ lastMonth: '2026-10' });
    const trusted = new Set(Object.values(manifest));
    for (const tab of setup.tabs) {
      expect(trusted.has(tab.document)).toBe(true);
      expect(tab.query).toBe(print(parse(tab.document)));
      expect([tab.name, validate(schema, parse(tab.query)).map((e) => e.message)]).toEqual([tab.name, []]);
      const op = parse(tab.document).definitions[parse(tab.document).definitions.length - 1] as OperationDefinitionNode;
      const required = (op.variableDefinitions ?? [])
        .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
        .map((v) => v.variable.name.value);
      expect(Object.keys(JSON.parse(tab.variables ?? '{}'))).toEqual(expect.arrayContaining(required));
    }
    expect(trusted.has(setup.login)).toBe(true);
    expect(setup.login).toMatch(/^mutation Login/);
    expect(previousMonth('2026-01-15')).toBe('2025-12');
    expect(
      graphiqlSetup({ lastMonth: '2026-10' }).tabs.find((t) => t.name === 'MonthlyRevenueReport')!.variables,
    ).toContain('"month": "2026-10"');
    // The budget report takes the last closed month as a year and a month number.
    expect(
      JSON.parse(graphiqlSetup({ lastMonth: '2026-10' }).tabs.find((t) => t.name === 'BudgetReport')!.variables!),
    ).toEqual({ year: 2026, month: 10 });
  });

  it('answers a browser at /graphql (the page, or which packages are missing) under a CSP without inline scripts, and leaves GET operations to the API', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(/script-src ([^;]*)/.exec(csp)![1]).not.toMatch(/unsafe-inline|unsafe-eval/);
      const text = await page.text();
      if (graphiqlAvailable()) {
        expect(page.status).toBe(200);
        expect(text).toContain('/graphiql/assets/graphiql.js');
        expect((await fetch(`${url}/graphiql/assets/graphiql.js`)).status).toBe(200);
        const script = await fetch(`${url}/graphiql/assets/page.js`);
        expect(script.headers.get('content-type')).toMatch(/javascript/);
        expect(await script.text()).toContain('graphiql-setup');
        // Revalidated by its tag: the same script again costs a 304, and the tag is the content's.
        const tag = script.headers.get('etag');
        expect(script.headers.get('cache-control')).toBe('no-cache');
        expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
        // (fetch adds `Cache-Control: no-cache`, a forced reload, to a conditional request without one.)
        const again = await fetch(`${url}/graphiql/assets/page.js`, {
          headers: { 'if-none-match': tag!, 'cache-control': 'max-age=0' },
        });
        expect(again.status).toBe(304);
        const css = await fetch(`${url}/graphiql/assets/page.css`);
        expect(css.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
        expect(css.headers.get('etag')).not.toBe(tag);
      } else {
        expect(page.status).toBe(501);
        expect(text).toMatch(/graphiql@3.*react@18.*react-dom@18/);
      }
      const op = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      // An answer is no-store and carries no ETag: nothing would ever revalidate it.
      expect(op.headers.get('cache-control')).toBe('no-store');
      expect(op.headers.get('etag')).toBeNull();
      expect(await op.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${url}/graphiql/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${url}/graphiql/assets/unknown.js`)).status).toBe(404);
    } finally {
      await app.stop();
    }
  });

  it('shows no demo account in production', async () => {
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATABASE_URL: 'mysql://u@h/db' });
    const app = await TestApp.start({
      nodeEnv: prod.nodeEnv,
      introspection: prod.introspection,
      introspectionRoles: prod.introspectionRoles,
      trustedDocuments: path.join(__dirname, '../../client/generated/persisted-documents.json'),
    });
    try {
      const url = await app.listen();
      const html = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(html).toMatch(/id="email"/);
      expect(html).not.toMatch(/demo\.example|demo12345/);
    } finally {
      await app.stop();
    }
  });
});
