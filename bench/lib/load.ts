import http from 'node:http';
import net from 'node:net';

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

/** An answer as the load generator reads it. */
interface Answer {
  status: number;
  body: Buffer;
}

/**
 * One keep-alive HTTP/1.1 connection on a raw socket, one request at a time: the load generator's
 * own work per request is writing one string and finding the end of the answer. Node's HTTP
 * client spent about 0.6 ms of CPU per dashboard request, as much as the reference server itself,
 * on the same two cores as the servers measured, so the figures measured the client as well.
 */
export class LoadConnection {
  private readonly socket: net.Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (a: Answer) => void; reject: (e: Error) => void } | null = null;
  private closed: Error | null = null;

  constructor(private readonly port: number) {
    this.socket = net.connect({ host: '127.0.0.1', port });
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = (error?: Error) => {
      this.closed ??= error ?? new Error('connection closed by the server');
      this.waiting?.reject(this.closed);
      this.waiting = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail());
  }

  /** Sends one POST /graphql and resolves with its answer. */
  request(body: string, headers: Record<string, string>): Promise<Answer> {
    if (this.closed) return Promise.reject(this.closed);
    if (this.waiting) return Promise.reject(new Error('one request at a time per connection'));
    let head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${this.port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(`${head}\r\n${body}`);
    });
  }

  /** True once the server closed the connection (after an answer with `Connection: close`, say). */
  get isClosed(): boolean {
    return this.closed !== null;
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const answer = readAnswer(this.buffered);
    if (!answer) return;
    this.buffered = this.buffered.subarray(answer.end);
    if (answer.close) {
      this.closed = new Error('connection closed by the server');
      this.socket.destroy();
    }
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status: answer.status, body: answer.body });
  }
}

/**
 * The first complete HTTP answer in `data` (Content-Length or chunked body), or null while it is
 * incomplete; `close` when the server ends the connection after it.
 */
export function readAnswer(data: Buffer): { status: number; body: Buffer; end: number; close: boolean } | null {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const head = data.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const start = headEnd + 4;
  const close = /\r\nconnection:[ \t]*close/i.test(head);
  const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
  if (length) {
    const end = start + Number(length[1]);
    return data.length < end ? null : { status, body: data.subarray(start, end), end, close };
  }
  if (!/\r\ntransfer-encoding:[ \t]*chunked/i.test(head))
    throw new Error(`an answer the load generator cannot read: ${head}`);
  const chunks: Buffer[] = [];
  for (let at = start; ;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = parseInt(data.toString('latin1', at, lineEnd), 16);
    if (size === 0) {
      // No trailers: the last chunk's empty line ends the answer.
      return data.length < lineEnd + 4 ? null : { status, body: Buffer.concat(chunks), end: lineEnd + 4, close };
    }
    if (data.length < lineEnd + 2 + size + 2) return null;
    chunks.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const open = new Set<LoadConnection>();
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const max = opts.maxRequests ?? Number.MAX_SAFE_INTEGER;
  const headers = opts.headers ?? {};
  async function client() {
    let connection: LoadConnection | null = null;
    while (performance.now() < deadline && sent < max) {
      const i = sent++;
      if (connection?.isClosed) {
        open.delete(connection);
        connection = null;
      }
      if (!connection) open.add((connection = new LoadConnection(opts.port)));
      const t0 = performance.now();
      try {
        const res = await connection.request(opts.body(i), headers);
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || (opts.check && !opts.check(res.status, res.body.toString('utf8')))) errors++;
      } catch {
        // The server closed the connection with this request unanswered (or refused it): counted,
        // and the next request opens another.
        errors++;
        connection.close();
        open.delete(connection);
        connection = null;
      }
    }
  }
  await Promise.all(Array.from({ length: opts.connections }, client));
  const durationMs = performance.now() - started;
  for (const connection of open) connection.close();
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
