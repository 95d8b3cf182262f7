import http from 'node:http';
import net from 'node:net';
import { postGraphql, TestApp } from '../support/app';

/**
 * Bodies and slow clients over raw sockets: a chunked body is cut off at the limit and answered
 * at once, a large announced body gets its 413 (not a reset), headers and bodies trickled slowly
 * lose their socket after short test timeouts, and one address holds a bounded number of sockets.
 */
let app: TestApp;
let url: string;
let port: number;

const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 900;

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen({ headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS });
  port = Number(new URL(url).port);
});
afterAll(() => app.stop());

interface RawExchange {
  /** Everything the server sent. */
  received: string;
  /** Body bytes the client had handed to the socket when the answer (or the close) came. */
  sentWhenAnswered: number;
  /** Milliseconds from connecting to the server closing the connection. */
  closedAfterMs: number;
  /** The socket's error, e.g. ECONNRESET when the server reset the connection. */
  errorCode?: string;
}

/**
 * Opens a socket, sends `head`, then `next()` repeatedly (awaiting each write) until the server
 * answers or closes, `next` returns null, or `maxMs` passes. Never rejects on a reset.
 */
function rawExchange(
  head: string,
  next: () => Buffer | null,
  options: { pauseMs?: number; maxMs?: number } = {},
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    let sentWhenAnswered = -1;
    let closed = false;
    let errorCode: string | undefined;
    socket.on('data', (d) => {
      if (sentWhenAnswered < 0) sentWhenAnswered = sent;
      received += d.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (errorCode = e.code));
    socket.on('close', () => {
      closed = true;
      if (sentWhenAnswered < 0) sentWhenAnswered = sent;
      resolve({ received, sentWhenAnswered, closedAfterMs: Date.now() - started, errorCode });
    });
    const giveUp = setTimeout(() => socket.destroy(), options.maxMs ?? 10_000);
    socket.once('close', () => clearTimeout(giveUp));
    socket.on('connect', async () => {
      socket.write(head);
      for (;;) {
        if (closed || received) return;
        const chunk = next();
        if (!chunk) return;
        sent += chunk.length;
        await new Promise<void>((done) => (socket.write(chunk) ? done() : socket.once('drain', done)));
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
    });
  });
}

describe('request bodies', () => {
  it('answers an endless chunked body with 413 as soon as it passes 100 kB, and closes the connection', async () => {
    const piece = Buffer.from('x'.repeat(16 * 1024));
    const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
    let budget = 64 * 1024 * 1024; // the client would go on far longer; the terminating chunk never comes
    const result = await rawExchange(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      () => ((budget -= chunk.length) > 0 ? chunk : null),
      { maxMs: 8000 },
    );
    expect(result.received).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.received).toMatch(/PAYLOAD_TOO_LARGE/);
    expect(result.received).toMatch(/\r\nConnection: close\r\n/i);
    // Answered long before the client's 64 MB were through (kernel buffers take a few MB).
    expect(result.sentWhenAnswered).toBeLessThan(16 * 1024 * 1024);
    expect(result.closedAfterMs).toBeLessThan(5000);
  });

  it.each([
    ['3 MB', 3 * 1024 * 1024],
    ['200 kB', 200 * 1024],
  ])('gives a %s POST with Content-Length its 413, not a reset connection', async (_label, size) => {
    const body = Buffer.alloc(size, 'x');
    // A client still uploading when the answer comes stops and reads it; the server must not reset meanwhile.
    let offset = 0;
    const raw = await rawExchange(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
      () => (offset < size ? body.subarray(offset, (offset += 64 * 1024)) : null),
    );
    expect(raw.errorCode).toBeUndefined();
    expect(raw.received).toMatch(/^HTTP\/1\.1 413 [^]*PAYLOAD_TOO_LARGE/);
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
        const req = http.request(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(size) },
        });
        req.on('response', (r) => {
          let text = '';
          r.on('data', (c) => (text += c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
          r.on('error', (e) => resolve({ error: String(e) }));
        });
        req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? String(e) }));
        req.end(body);
      });
      expect(res).toEqual({ status: 413, body: expect.stringContaining('PAYLOAD_TOO_LARGE') });
    }
    const viaFetch = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(viaFetch.status).toBe(413);
  });

  it('still reads a chunked body under the limit (the positive control)', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const result = await rawExchange(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      () => null,
    );
    expect(result.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(result.received).toContain('{"data":{"__typename":"Query"}}');
    expect((await postGraphql(url, { query: '{ __typename }' })).status).toBe(200);
  });

  it('refuses a compressed body instead of inflating it past the limit', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]),
    });
    expect(res.status).toBe(415);
  });
});

describe('slow clients', () => {
  it('closes a connection whose body trickles in slower than the request timeout allows', async () => {
    let left = 200;
    const result = await rawExchange(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`,
      () => (left-- > 0 ? Buffer.from(' ') : null),
      { pauseMs: 100 },
    );
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(result.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
    expect(result.received).toMatch(/^(HTTP\/1\.1 408 |)/);
    expect(result.received).not.toMatch(/^HTTP\/1\.1 200 /);
  });

  it('closes a connection whose headers trickle in slower than the headers timeout allows', async () => {
    const header = Buffer.from('X-Slow: ' + 'a'.repeat(200) + '\r\n');
    let i = 0;
    const result = await rawExchange(
      `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n`,
      () => (i < header.length ? header.subarray(i, ++i) : null),
      { pauseMs: 50 },
    );
    expect(result.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
    expect(result.received).not.toMatch(/^HTTP\/1\.1 200 /);
  });

  it('closes an idle connection that never sends a request', async () => {
    const result = await rawExchange('', () => null);
    expect(result.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  });
});

describe('sockets per address', () => {
  it('closes sockets beyond the limit for one address, and serves again once one is freed', async () => {
    const limited = await app.listen({ maxConnectionsPerAddress: 3 });
    const limitedPort = Number(new URL(limited).port);
    const open = (): Promise<net.Socket> =>
      new Promise((resolve, reject) => {
        const s = net.connect(limitedPort, '127.0.0.1', () => resolve(s));
        s.on('error', reject);
      });
    const held = [await open(), await open(), await open()];
    const ask = (socket: net.Socket) =>
      new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (d) => (text += d));
        socket.on('close', () => resolve(text));
        socket.on('error', () => undefined);
        socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      });
    const extra = await open();
    expect(await ask(extra)).toBe('');
    held.pop()!.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await ask(await open())).toMatch(/^HTTP\/1\.1 200 /);
    expect(await ask(held[0])).toMatch(/^HTTP\/1\.1 200 /);
    for (const s of held) s.destroy();
  });
});
