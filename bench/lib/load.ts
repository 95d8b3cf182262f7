import http from 'node:http';

/**
 * A closed-loop load generator: `connections` clients each send the next request as soon as the
 * previous answer is read, for `durationMs`. Bounded in time and count, loopback only.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  durationMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Every request's latency, sorted (so rounds can be combined into exact percentiles). */
  latenciesMs: number[];
}

export interface LoadOptions {
  port: number;
  connections: number;
  durationMs: number;
  maxRequests?: number;
  /** Builds the JSON body of the i-th request (so mutations can vary their keys). */
  body: (i: number) => string;
  headers?: Record<string, string>;
  /** Checks one response; false counts as an error. */
  check?: (status: number, body: string) => boolean;
}

export function postJson(
  port: number,
  body: string,
  headers: Record<string, string> = {},
  agent?: http.Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const max = opts.maxRequests ?? Number.MAX_SAFE_INTEGER;
  async function client() {
    while (performance.now() < deadline && sent < max) {
      const i = sent++;
      const t0 = performance.now();
      try {
        const res = await postJson(opts.port, opts.body(i), opts.headers, agent);
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || (opts.check && !opts.check(res.status, res.body))) errors++;
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: opts.connections }, client));
  const durationMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    durationMs,
    requestsPerSecond: (latencies.length / durationMs) * 1000,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    latenciesMs: latencies,
  };
}
