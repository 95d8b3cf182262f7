import fs from 'node:fs';
import path from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import { seedDemoCompany, DEMO_PASSWORD } from '../../src/seed/demo-seed';
import { loadConfig } from '../../src/config';
import { CSV_REPORTS } from '../../src/http/csv-reports';
import { inTransaction } from '../../src/db/transaction';
import { NotificationKind, recordNotification } from '../../src/features/notifications';
import { localDateIn, previousMonth } from '../../src/time';

/**
 * GraphiQL in a real headless Chromium, each test from a fresh page load: the page renders from
 * this server's assets alone (under its Content-Security-Policy), an analyst signs in from the top
 * bar, runs the tab that is open on arrival, runs a subscription over the graphql-ws socket, and
 * downloads a CSV report; in production mode with
 * trusted documents the same works, docs included, for staff of the introspection roles.
 */
jest.setTimeout(180_000);

// The page's DOM, inside page.evaluate / waitForFunction callbacks (this project compiles without lib.dom).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MANIFEST = path.join(__dirname, '../../client/generated/persisted-documents.json');
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

/** Records what the page should never do: load from elsewhere, fail a request, throw, break the CSP. */
function watch(page: Page, url: string, allowed: (status: number, u: string) => boolean = () => false) {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !allowed(r.status(), r.url()))
      problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(e.message.slice(0, 200)));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text().slice(0, 200));
  });
  return { foreign, problems };
}

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  const login = page.waitForResponse(
    (r) => r.url() === `${url}/graphql` && (r.request().postData() ?? '').includes('mutation Login'),
  );
  await page.click('#signin button[type=submit]');
  expect((await login).status()).toBe(200);
  await page.waitForSelector('#who:not(:empty)');
}

function editorValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (Array.from(document.querySelectorAll('.CodeMirror')) as unknown[]).map(
      (el) => (el as { CodeMirror?: { getValue(): string } }).CodeMirror?.getValue() ?? '',
    ),
  );
}

/** Runs the open tab with GraphiQL's own button; returns the operation's response. */
async function runOpenTab(page: Page, url: string, operation: string) {
  const sent = page.waitForResponse(
    (r) =>
      r.url() === `${url}/graphql` &&
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes(`"operationName":"${operation}"`),
  );
  await page.click('.graphiql-execute-button');
  return sent;
}

describe('GraphiQL in a browser', () => {
  it('from a fresh load: signs in from the bar, runs the open report tab as is, downloads a CSV, signs out', async () => {
    const app = await TestApp.start();
    try {
      const url = await app.listen();
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      const lastMonth = previousMonth(localDateIn(app.config.timeZone, new Date()));
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const { foreign, problems } = watch(page, url);
      await page.goto(`${url}/graphql`);
      await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
      const titles = await page.locator('.graphiql-tab').allTextContents();
      for (const report of [
        'MonthlyReceivablesReport',
        'AgingReport',
        'PayrollSummary',
        'AttendanceSummary',
        'WorkloadReport',
        'MonthlyRevenueReport',
      ]) {
        expect(titles.join(' ')).toContain(report);
      }
      expect(await page.inputValue('#email')).toBe('');
      expect(await page.isVisible('#signout')).toBe(false);

      await signIn(page, url, 'manager@demo.example');
      expect(await page.textContent('#who')).toContain('Wang');
      expect(await page.isVisible('#signin')).toBe(false);

      // No tab switch: the tab open on arrival already has its variables.
      const values = await editorValues(page);
      expect(values.some((v) => v.includes('query MonthlyReceivablesReport'))).toBe(true);
      expect(values.some((v) => v.includes(`"month": "${lastMonth}"`))).toBe(true);
      await page.waitForTimeout(300);
      const response = await runOpenTab(page, url, 'MonthlyReceivablesReport');
      const token = JSON.parse(
        await page.evaluate(() =>
          (globalThis as unknown as { sessionStorage: { getItem(k: string): string } }).sessionStorage.getItem(
            'market-department-session',
          ),
        ),
      ).token;
      expect(response.request().headers()['authorization']).toBe(`Bearer ${token}`);
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      const report = body.data.monthlyReceivablesReport;
      expect(report.month).toBe(lastMonth);
      expect(report.rows.length).toBeGreaterThan(0);
      await page.waitForFunction(
        ([name, closing]) => {
          const text = document.querySelector('.result-window')?.textContent ?? '';
          return text.includes('"rows"') && text.includes(name) && text.includes(closing);
        },
        [report.rows[0].customer.name, report.rows[0].closing],
        { timeout: 15_000 },
      );

      // CSV: every report of the last closed month (aging: as of today), saved as a file.
      expect(await page.inputValue('#csv-month')).toBe(lastMonth);
      const offered = await page
        .locator('#csv-report option')
        .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
      expect(offered.sort()).toEqual(Object.keys(CSV_REPORTS).sort());
      for (const name of offered) {
        await page.selectOption('#csv-report', name);
        expect(await page.isVisible('#csv-asof')).toBe(name === 'aging');
        expect(await page.isVisible('#csv-month')).toBe(name !== 'aging');
        const download = page.waitForEvent('download');
        await page.click('#csv button[type=submit]');
        const file = await download;
        const csv = fs.readFileSync((await file.path())!, 'utf8');
        expect([name, csv.split('\r\n')[0]]).toEqual([name, '\ufeff' + CSV_REPORTS[name].headers.join(',')]);
        if (name === 'revenue') expect(file.suggestedFilename()).toBe(`营业收入月报-${lastMonth}.csv`);
        if (name === 'aging') expect(file.suggestedFilename()).toBe('应收账龄分析.csv');
      }

      // A subscription runs over the graphql-ws socket, signed in by the same token; a committed
      // notification for the signed-in manager shows up in the result pane.
      await page.evaluate(() => {
        const el = document.querySelector('.graphiql-query-editor .CodeMirror') as {
          CodeMirror: { setValue(v: string): void };
        };
        el.CodeMirror.setValue('subscription Live {\n  notificationAdded { kind message }\n}');
      });
      await page.waitForTimeout(300);
      const [managerRow] = await app.db.query('SELECT id FROM staff WHERE email = ?', ['manager@demo.example']);
      const bus = app.server.services.notificationBus;
      const before = bus.listenerCount(Number(managerRow.id));
      await page.click('.graphiql-execute-button');
      for (let i = 0; i < 200 && bus.listenerCount(Number(managerRow.id)) === before; i++)
        await page.waitForTimeout(50);
      expect(bus.listenerCount(Number(managerRow.id))).toBe(before + 1);
      await inTransaction(app.db, (m) =>
        recordNotification(m, {
          kind: NotificationKind.VISIT_REQUESTED,
          message: 'Browser check: a customer asked for a visit',
          to: { staffIds: [Number(managerRow.id)] },
        }),
      );
      await page.waitForFunction(
        () =>
          (document.querySelector('.result-window')?.textContent ?? '').includes(
            'Browser check: a customer asked for a visit',
          ),
        undefined,
        { timeout: 15_000 },
      );
      await page.click('.graphiql-execute-button'); // stops the subscription

      // Reload keeps the session for this browser tab; sign out forgets it.
      await page.reload();
      await page.waitForSelector('#who:not(:empty)');
      await page.click('#signout');
      expect(await page.isVisible('#signin')).toBe(true);
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { sessionStorage: { length: number } }).sessionStorage.length,
        ),
      ).toBe(0);
      const anonymous = await runOpenTab(page, url, 'MonthlyReceivablesReport');
      expect(anonymous.request().headers()['authorization']).toBeUndefined();
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.stop();
    }
  });

  it('in production with trusted documents: no demo account shown, docs for a signed-in manager, saved tabs run, edited ones are refused', async () => {
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATABASE_URL: 'mysql://u@h/db' });
    const app = await TestApp.start({
      nodeEnv: prod.nodeEnv,
      introspection: prod.introspection,
      introspectionRoles: prod.introspectionRoles,
      trustedDocuments: MANIFEST,
    });
    try {
      const url = await app.listen();
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      const page = await browser.newPage();
      // Before sign-in the schema is refused (401); an edited operation is refused (400).
      const { foreign, problems } = watch(
        page,
        url,
        (status, u) => u === `${url}/graphql` && (status === 401 || status === 400),
      );
      const introspections: number[] = [];
      page.on('response', (r) => {
        if (r.url() === `${url}/graphql` && (r.request().postData() ?? '').includes('IntrospectionQuery'))
          introspections.push(r.status());
      });
      await page.goto(`${url}/graphql`);
      await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
      expect(await page.content()).not.toMatch(/demo\.example/);
      expect(await page.inputValue('#email')).toBe('');
      await page.waitForTimeout(500);
      // (GraphiQL tries a second, simpler introspection query after a refusal.)
      expect(introspections.length).toBeGreaterThan(0);
      expect(new Set(introspections)).toEqual(new Set([401]));

      const schemaLoaded = page.waitForResponse(
        (r) => r.url() === `${url}/graphql` && (r.request().postData() ?? '').includes('IntrospectionQuery'),
      );
      await signIn(page, url, 'assistant@demo.example');
      const introspection = await schemaLoaded;
      expect(introspection.status()).toBe(200);
      expect((await introspection.json()).data.__schema.queryType.name).toBe('Query');
      // The documentation explorer now has the schema.
      await page.click('button[aria-label="Show Documentation Explorer"]');
      await page.waitForSelector('.graphiql-doc-explorer', { timeout: 15_000 });
      await page.waitForFunction(() =>
        (document.querySelector('.graphiql-doc-explorer')?.textContent ?? '').includes('Query'),
      );

      const response = await runOpenTab(page, url, 'MonthlyReceivablesReport');
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.monthlyReceivablesReport.rows.length).toBeGreaterThan(0);

      // An edited query is not a trusted document: the server refuses it, and the page shows why.
      await page.evaluate(() => {
        const el = document.querySelector('.graphiql-query-editor .CodeMirror') as {
          CodeMirror: { getValue(): string; setValue(v: string): void };
        };
        el.CodeMirror.setValue(el.CodeMirror.getValue().replace('firstDay', 'firstDay\n    lastDay'));
      });
      await page.waitForTimeout(300);
      const edited = await runOpenTab(page, url, 'MonthlyReceivablesReport');
      expect(edited.status()).toBe(400);
      await page.waitForFunction(() =>
        (document.querySelector('.result-window')?.textContent ?? '').includes('OPERATION_NOT_TRUSTED'),
      );
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await app.stop();
    }
  });
});
