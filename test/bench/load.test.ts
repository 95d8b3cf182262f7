import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAnswer, runLoad } from '../../bench/lib/load';

const answer = (head: string, body: string) => Buffer.from(`${head}\r\n\r\n${body}`, 'latin1');

describe("the load generator's HTTP reader", () => {
  it('reads an answer with a Content-Length, and nothing before all of it is there', () => {
    const data = answer('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 7', '{"a":1}');
    expect(readAnswer(data.subarray(0, 20))).toBeNull();
    expect(readAnswer(data.subarray(0, data.length - 1))).toBeNull();
    const read = readAnswer(Buffer.concat([data, Buffer.from('HTTP/1.1')]))!;
    expect(read).toMatchObject({ status: 200, end: data.length, close: false });
    expect(read.body.toString()).toBe('{"a":1}');
  });

  it('reads a chunked answer once its last chunk is there', () => {
    const data = answer(
      'HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked',
      '3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n',
    );
    for (const cut of [30, data.length - 6, data.length - 1]) expect(readAnswer(data.subarray(0, cut))).toBeNull();
    const read = readAnswer(data)!;
    expect(read).toMatchObject({ status: 404, end: data.length, close: false });
    expect(readAnswer(answer('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0', ''))?.close).toBe(true);
    expect(read.body.toString()).toBe('abc0123456789');
  });

  it('refuses an answer it cannot delimit rather than guessing', () => {
    expect(() => readAnswer(answer('HTTP/1.1 200 OK\r\nConnection: close', 'x'))).toThrow(/cannot read/);
  });
});

describe('runLoad', () => {
  let server: http.Server;
  let port: number;
  const seen: Array<{ body: string; authorization?: string }> = [];
  beforeAll(async () => {
    let n = 0;
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        n++;
        seen.push({ body: Buffer.concat(chunks).toString(), authorization: req.headers.authorization });
        // Every fifth answer ends its connection, every seventh is a 500, the others alternate
        // between a stated length and chunks, some split across writes.
        if (n % 5 === 0) res.setHeader('Connection', 'close');
        if (n % 7 === 0) res.statusCode = 500;
        if (n % 2) return res.end(`{"n":${n}}`);
        res.write('{"n":');
        setImmediate(() => res.end(`${n}}`));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends every body with its headers, counts refused answers as errors and reconnects after a close', async () => {
    const result = await runLoad({
      port,
      connections: 3,
      durationMs: 60_000,
      maxRequests: 70,
      body: (i) => JSON.stringify({ i }),
      headers: { authorization: 'Bearer t' },
      check: (_status, body) => /^\{"n":\d+\}$/.test(body),
    });
    expect(result.requests).toBe(70);
    expect(result.errors).toBe(10); // the 500s: 7, 14 ... 70
    expect(seen.map((s) => JSON.parse(s.body).i).sort((a, b) => a - b)).toEqual([...Array(70).keys()]);
    expect(seen.every((s) => s.authorization === 'Bearer t')).toBe(true);
    expect(result.latenciesMs).toHaveLength(70);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });

  it('counts a check that fails as an error', async () => {
    const result = await runLoad({
      port,
      connections: 2,
      durationMs: 60_000,
      maxRequests: 10,
      body: () => '{}',
      check: () => false,
    });
    expect(result).toMatchObject({ requests: 10, errors: 10 });
  });
});
