import { postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Metrics } from '../../src/http/metrics';

/** /metrics in Prometheus' text format: requests and latency by operation, errors by code, pool use. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('/metrics', () => {
  it('counts operations, latency and errors, and reports the pool', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      const sales = await app.staff(Role.SALESPERSON);
      const auth = { authorization: `Bearer ${sales.token}` };
      await postGraphql(url, { query: 'query WhoAmI { me { id } }' }, auth);
      await postGraphql(url, { query: 'query WhoAmI { me { id } }' }, auth);
      await postGraphql(url, { query: 'query Trail { auditEvents { totalCount } }' }, auth);
      await postGraphql(url, { query: '{ me { id } }' }, auth);
      const res = await fetch(`${url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
      const text = await res.text();
      expect(sample(text, 'graphql_requests_total', 'operation="WhoAmI"')).toBe(2);
      expect(sample(text, 'graphql_requests_total', 'operation="anonymous"')).toBe(1);
      expect(sample(text, 'graphql_request_duration_seconds_count', 'operation="WhoAmI"')).toBe(2);
      expect(sample(text, 'graphql_request_duration_seconds_bucket', 'le="+Inf",operation="WhoAmI"')).toBe(2);
      expect(sample(text, 'graphql_request_duration_seconds_sum', 'operation="WhoAmI"')).toBeGreaterThan(0);
      expect(sample(text, 'graphql_errors_total', 'code="FORBIDDEN"')).toBe(1);
      expect(sample(text, 'db_pool_connections', 'state="total"')).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/# TYPE graphql_request_duration_seconds histogram/);
      expect(text).toMatch(/^process_cpu_seconds_total /m);
    } finally {
      await app.stop();
    }
  });

  it('needs METRICS_TOKEN when one is set', async () => {
    const app = await TestApp.start({ metricsToken: 'm'.repeat(32) });
    try {
      const url = await app.listen();
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${'m'.repeat(32)}` } })).status).toBe(
        200,
      );
    } finally {
      await app.stop();
    }
  });

  it('keeps client-chosen operation names from becoming unbounded labels', async () => {
    const m = new Metrics();
    m.observe('bad"name{}', 0.01, []);
    for (let i = 0; i < 500; i++) m.observe(`Op${i}`, 0.01, []);
    const text = await m.render();
    expect(sample(text, 'graphql_requests_total', 'operation="other"')).toBe(1 + 500 - 200);
    expect(text.split('\n').filter((l) => l.startsWith('graphql_requests_total{')).length).toBe(201);
  });
});
