import { DEMO_PASSWORD, seedDemoCompany } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';

describe('demo seed', () => {
  it('creates the demo company once, with every department headed, and its logins work', async () => {
    const app = await TestApp.start();
    try {
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      expect(await seedDemoCompany(app.db, app.config)).toBe(false);
      const heads = await app.db.query('SELECT department FROM department_head ORDER BY department');
      expect(heads.map((h: { department: string }) => h.department)).toEqual([
        'DISPATCH',
        'FINANCE',
        'MARKET',
        'OPERATIONS',
        'WAREHOUSE',
      ]);
      const logins = [
        'director',
        'manager',
        'assistant',
        'sales1',
        'sales2',
        'collector',
        'clerk',
        'dispatcher',
        'warehouse.head',
        'finance.head',
        'operations.head',
      ];
      for (const who of logins) {
        await app.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
          e: `${who}@demo.example`,
          p: DEMO_PASSWORD,
        });
      }
    } finally {
      await app.stop();
    }
  });
});

/**
 * The demo seed dates everything relative to the company's today, and the API refuses future dates:
 * on a month's first day in the company's zone (still the previous day in UTC) a "first + 1 day"
 * would lie in the future. Only Date is faked, so timers, the database and the test runner run as usual.
 */
describe('demo seed on any day of the calendar', () => {
  // The schema is built once per process with the real Date: type-graphql maps the Date class by identity.
  beforeAll(async () => (await TestApp.start()).stop());
  afterEach(() => jest.useRealTimers());
  const instants = [
    '2026-11-30T16:30:00Z', // 00:30 on the 1st in Shanghai, still the 30th in UTC
    '2026-12-31T15:59:00Z', // 23:59 on the last day of the year in Shanghai
    '2027-01-01T00:10:00Z', // New Year's morning, January has no month before it in the same year
    '2028-02-29T08:00:00Z', // a leap day
    '2099-06-15T04:00:00Z', // far ahead
  ];
  it.each(instants)('seeds the demo company when the clock says %s', async (instant) => {
    jest.useFakeTimers({
      now: new Date(instant),
      advanceTimers: true,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    const app = await TestApp.start();
    try {
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      const [{ n }] = await app.db.query('SELECT COUNT(*) AS n FROM payment');
      expect(Number(n)).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });
});
