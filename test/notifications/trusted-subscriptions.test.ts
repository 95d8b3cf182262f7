import fs from 'node:fs';
import path from 'node:path';
import { Caller, TestApp } from '../support/app';
import { Subscriber, wsUrl } from '../support/subscriber';
import { Role } from '../../src/domain/roles';
import { inTransaction } from '../../src/db/transaction';
import { NotificationKind, recordNotification } from '../../src/features/notifications';

/**
 * With TRUSTED_DOCUMENTS, the socket runs only the manifest's subscription documents, as HTTP runs
 * only its queries and mutations: the client's NotificationAdded runs, anything else is refused.
 */
jest.setTimeout(60_000);

const MANIFEST = path.join(__dirname, '../../client/generated/persisted-documents.json');
const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const trustedText = Object.values(manifest).find((text) => text.includes('subscription NotificationAdded'))!;

let app: TestApp;
let url: string;
let sales: Caller;
beforeAll(async () => {
  app = await TestApp.start({ trustedDocuments: MANIFEST });
  url = wsUrl(await app.listen());
  sales = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

it("runs the manifest's subscription and refuses any other text with OPERATION_NOT_TRUSTED", async () => {
  expect(trustedText).toBeDefined();
  const refused = await Subscriber.connect(url, sales.token, `subscription { notificationAdded { id kind message } }`);
  await refused.until(() => refused.errors.length > 0);
  expect(JSON.stringify(refused.errors)).toMatch(/OPERATION_NOT_TRUSTED/);
  await refused.close();

  const trusted = await Subscriber.connect(url, sales.token, trustedText);
  await trusted.until(() => app.server.services.notificationBus.listenerCount(sales.staff.id) === 1, 5000, true);
  await inTransaction(app.db, (m) =>
    recordNotification(m, {
      kind: NotificationKind.VISIT_REQUESTED,
      message: 'trusted check',
      to: { staffIds: [sales.staff.id] },
    }),
  );
  expect((await trusted.next('VISIT_REQUESTED')).message).toBe('trusted check');
  // The instance's metrics count the live subscription.
  expect(await app.server.metrics.registry.getSingleMetricAsString('graphql_subscriptions')).toMatch(
    /^graphql_subscriptions 1$/m,
  );
  await trusted.close();
});

describe('a token that expires', () => {
  it('ends its socket with 4403 when it expires', async () => {
    const short = await TestApp.start({ jwt: { ...app.config.jwt, ttlSeconds: 2 } });
    try {
      const shortUrl = wsUrl(await short.listen());
      const caller = await short.staff(Role.SALESPERSON);
      const s = await Subscriber.connect(shortUrl, caller.token);
      await s.until(() => short.server.services.notificationBus.listenerCount(caller.staff.id) === 1, 5000, true);
      await s.until(() => s.closeCode !== null, 6000);
      expect(s.closeCode).toBe(4403);
      await s.close();
    } finally {
      await short.stop();
    }
  });
});
