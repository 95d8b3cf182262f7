import { serverAudits } from 'graphql-http';
import { TestApp } from '../support/app';

/** graphql-http's audit suite (GraphQL over HTTP spec) against the real running server: every MUST passes. */
let app: TestApp;
let url: string;
beforeAll(async () => {
  app = await TestApp.start();
  url = `${await app.listen()}/graphql`;
});
afterAll(() => app.stop());

describe('GraphQL over HTTP audits', () => {
  it('passes every mandatory (MUST) audit', async () => {
    const audits = serverAudits({ url, fetchFn: fetch });
    const must = audits.filter((a) => a.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const audit of must) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
