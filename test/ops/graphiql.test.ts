import { TestApp } from '../support/app';
import { parse, validate } from 'graphql';
import { EXAMPLE_OPERATIONS, graphiqlAvailable, graphiqlPage } from '../../src/http/graphiql';
import { previousMonth } from '../../src/time';
import { buildBareSchema } from '../../src/schema';

/** GraphiQL for analysts, served from our own assets (never a CDN). */
describe('GraphiQL', () => {
  it('is a page whose every script and style comes from this server, with a token field and the saved operations', () => {
    const html = graphiqlPage();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(sources.every((s) => s.startsWith('/graphiql/assets/'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/id="token"/);
    for (const name of ['Pending approvals', 'Monthly receivables report', 'Aging report', 'Payroll summary', "Salesperson's dashboard", 'Sign in']) {
      expect(EXAMPLE_OPERATIONS.map((o) => o.name)).toContain(name);
      expect(html).toContain(`# ${name}`);
    }
  });

  it('answers a browser at /graphql (the page, or which packages are missing) and leaves GET operations to the API', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const text = await page.text();
      if (graphiqlAvailable()) {
        expect(page.status).toBe(200);
        expect(text).toContain('/graphiql/assets/graphiql.js');
        expect((await fetch(`${url}/graphiql/assets/graphiql.js`)).status).toBe(200);
      } else {
        expect(page.status).toBe(501);
        expect(text).toMatch(/graphiql@3.*react@18.*react-dom@18/);
      }
      const op = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      expect(await op.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${url}/graphiql/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${url}/graphiql/assets/unknown.js`)).status).toBe(404);
    } finally {
      await app.stop();
    }
  });

  it('saves only operations that are valid against the schema, with variables for the last closed month', async () => {
    const schema = await buildBareSchema();
    for (const op of EXAMPLE_OPERATIONS) {
      expect([op.name, validate(schema, parse(op.query)).map((e) => e.message)]).toEqual([op.name, []]);
    }
    expect(previousMonth('2026-01-15')).toBe('2025-12');
    expect(previousMonth('2026-11-30')).toBe('2026-10');
    expect(graphiqlPage({ lastMonth: '2026-10' })).toContain('\\"month\\": \\"2026-10\\"');
  });
});
