import path from 'node:path';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { TestApp } from '../support/app';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { localDateIn } from '../../src/time';
import {
  LoginDocument,
  MonthlyReceivablesReportDocument,
  persistedHash,
  persistedQueryHash,
  errorCode,
} from '../../client';

/**
 * End to end with a real GraphQL client library (urql) and the generated typed documents against a
 * running server: sign in, then read a report, with automatic persisted queries and with trusted
 * documents (only client/generated/persisted-documents.json).
 */
jest.setTimeout(120_000);

const MANIFEST = path.join(__dirname, '../../client/generated/persisted-documents.json');

interface Sent {
  query?: string;
  hash?: string;
}

/** A urql client whose requests we record: what went over the wire, hash and/or document. */
function client(url: string, token: () => string | null, sent: Sent[], trusted: boolean) {
  return new Client({
    url: `${url}/graphql`,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: async (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}'));
      sent.push({ query: body.query, hash: body.extensions?.persistedQuery?.sha256Hash });
      return fetch(input, init);
    },
    fetchOptions: () => {
      const t = token();
      const headers: Record<string, string> = {};
      if (t) headers.authorization = `Bearer ${t}`;
      return { headers };
    },
    exchanges: [
      persistedExchange({
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        // The README's recipe: generated documents go by their manifest hash alone; any other
        // operation comes back as the server's refusal, an error result (never an exception).
        ...(trusted ? { generateHash: persistedQueryHash } : {}),
      }),
      fetchExchange,
    ],
  });
}

function lastMonth(app: TestApp): string {
  const [y, m] = localDateIn(app.config.timeZone, new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

describe('urql against a running server', () => {
  it('automatic persisted queries: hashes first, the document once, then by hash alone', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      await seedDemoCompany(app.db, app.config);
      const sent: Sent[] = [];
      let token: string | null = null;
      const urql = client(url, () => token, sent, false);
      const login = await urql
        .mutation(LoginDocument, { email: 'collector@demo.example', password: 'demo12345' })
        .toPromise();
      expect(login.error).toBeUndefined();
      token = login.data!.login.token;
      expect(sent[0].hash).toMatch(/^[0-9a-f]{64}$/);
      expect(sent[0].query).toBeUndefined();

      const month = lastMonth(app);
      sent.length = 0;
      const first = await urql.query(MonthlyReceivablesReportDocument, { month }).toPromise();
      expect(first.error).toBeUndefined();
      expect(first.data!.monthlyReceivablesReport.rows.length).toBeGreaterThan(0);
      // Unknown hash -> PERSISTED_QUERY_NOT_FOUND -> the document is sent with its hash.
      expect(sent.map((s) => [!!s.hash, !!s.query])).toEqual([
        [true, false],
        [true, true],
      ]);
      sent.length = 0;
      const again = await urql.query(MonthlyReceivablesReportDocument, { month }).toPromise();
      expect(again.data).toEqual(first.data);
      expect(sent.map((s) => [!!s.hash, !!s.query])).toEqual([[true, false]]);
      const direct = await app.ok(MonthlyReceivablesReportDocument, { month }, token);
      expect(first.data).toEqual(direct);
    } finally {
      await app.stop();
    }
  });

  it('trusted documents: the manifest hashes run without any document sent; other operations are refused', async () => {
    const app = await TestApp.start({ trustedDocuments: MANIFEST });
    try {
      const url = await app.listen();
      await seedDemoCompany(app.db, app.config);
      const sent: Sent[] = [];
      let token: string | null = null;
      const urql = client(url, () => token, sent, true);
      const login = await urql
        .mutation(LoginDocument, { email: 'manager@demo.example', password: 'demo12345' })
        .toPromise();
      expect(login.error).toBeUndefined();
      token = login.data!.login.token;
      const report = await urql.query(MonthlyReceivablesReportDocument, { month: lastMonth(app) }).toPromise();
      expect(report.error).toBeUndefined();
      expect(report.data!.monthlyReceivablesReport.totals.closing).toMatch(/^\d+\.\d{2}$/);
      expect(sent.every((s) => s.query === undefined)).toBe(true);
      expect(sent.map((s) => s.hash)).toEqual([
        persistedHash(LoginDocument),
        persistedHash(MonthlyReceivablesReportDocument),
      ]);

      // An operation outside the manifest, through the same client: its hash is unknown, then its
      // text is refused, and the client gets that refusal as an error result.
      sent.length = 0;
      const other = await urql.query('query NotInManifest { me { id name } }', {}).toPromise();
      expect(other.data).toBeUndefined();
      expect(other.error?.graphQLErrors.map((e) => errorCode(e))).toEqual(['OPERATION_NOT_TRUSTED']);
      expect(sent.map((s) => [!!s.hash, !!s.query])).toEqual([
        [true, false],
        [true, true],
      ]);
      const plain = client(url, () => token, [], false);
      const again = await plain.query('query NotInManifest { me { id name } }', {}).toPromise();
      expect(again.error?.graphQLErrors.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_TRUSTED']);
    } finally {
      await app.stop();
    }
  });
});
