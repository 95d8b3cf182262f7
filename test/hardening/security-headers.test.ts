import { createHash } from 'node:crypto';
import { Caller, postGraphql, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';

/**
 * Security headers over HTTP: every response carries nosniff, no referrer, no framing and a
 * Content-Security-Policy; JSON and text allow nothing; each HTML page (GraphiQL, the printable
 * statement) allows only its own scripts, by hash, never 'unsafe-inline' scripts.
 */
let app: TestApp;
let url: string;
let collector: Caller;

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  collector = await app.staff(Role.COLLECTOR);
});
afterAll(() => app.stop());

function directives(policy: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (policy ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    map.set(name, values);
  }
  return map;
}

function expectCommonHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
  expect(directives(headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
}

const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );

describe('security headers', () => {
  it('sends them with API answers, errors, health, metrics and 404s, whose policy allows nothing', async () => {
    const responses = [
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":',
      }),
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(200 * 1024),
      }),
      await fetch(`${url}/healthz`),
      await fetch(`${url}/metrics`),
      await fetch(`${url}/reports/aging.csv`),
      await fetch(`${url}/no-such-page`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 400, 413, 200, 200, 401, 404]);
    for (const res of responses) {
      expectCommonHeaders(res.headers);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(directives(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    }
  });

  it('gives the GraphiQL page a policy that allows exactly its own inline scripts, by hash', async () => {
    const res = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expectCommonHeaders(res.headers);
    const html = await res.text();
    const policy = directives(res.headers.get('content-security-policy'));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    const own = inlineScriptHashes(html);
    expect(own.length).toBeGreaterThan(0);
    expect([...scripts].sort()).toEqual(["'self'", ...new Set(own)].sort());
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    // A script that is not the page's own (say, injected through data) has no hash in the policy.
    expect(scripts).not.toContain(inlineScriptHashes('<script>alert(1)</script>')[0]);
  });

  it('gives the printable statement a policy without scripts, and escapes a description that tries to add one', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { name: `<script>alert("name")</script> ${Date.now()}` });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-02-03', weightKg: 10 });
    const s = await issueStatement(app, collector, c.id, '2026-02-01', '2026-02-28');
    const res = await fetch(`${url}/statements/${s.id}/print`, {
      headers: { authorization: `Bearer ${collector.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectCommonHeaders(res.headers);
    const policy = directives(res.headers.get('content-security-policy'));
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    const refused = await fetch(`${url}/statements/${s.id}/print`);
    expect(refused.status).toBe(401);
    expectCommonHeaders(refused.headers);
  });

  it('serves GraphiQL assets with nosniff and their own content type', async () => {
    const res = await fetch(`${url}/graphiql/assets/graphiql.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=/);
    expectCommonHeaders(res.headers);
    expect((await postGraphql(url, { query: '{ __typename }' })).headers.get('x-content-type-options')).toBe('nosniff');
  });
});
