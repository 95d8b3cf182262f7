import { chromium, Browser } from 'playwright-core';
import { TestApp } from '../support/app';
import { Role } from '../../src/features/staff/role';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { localDateIn, previousMonth } from '../../src/time';

/**
 * GraphiQL in a real headless Chromium: the page renders from this server's assets alone (under
 * its Content-Security-Policy), and an analyst's token goes with the operations it runs.
 */
jest.setTimeout(120_000);

// The page's DOM, inside page.evaluate / waitForFunction callbacks (this project compiles without lib.dom).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let app: TestApp;
let url: string;
let browser: Browser;
beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  expect(await seedDemoCompany(app.db, app.config)).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await app.stop();
});


/** Opens a saved tab and waits until its query is in the editor, so Run sends that tab's operation. */
async function openTab(page: import('playwright-core').Page, tab: string, queryIncludes: string): Promise<void> {
  await page.click(`.graphiql-tab:has-text("${tab}")`);
  await page.waitForFunction((text) => {
    const el = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null;
    return !!el?.CodeMirror?.getValue().includes(text);
  }, queryIncludes);
  // GraphiQL derives the operation name from the editor on its next render.
  await page.waitForTimeout(300);
}

describe('GraphiQL in a browser', () => {
  it('renders from local assets and runs an operation with the token', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const page = await browser.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message.slice(0, 200)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text().slice(0, 200));
    });
    await page.goto(`${url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(6);
    await page.fill('#token', director.token);
    await page.dispatchEvent('#token', 'change');
    // Run a saved tab with GraphiQL's own button: its request carries the token.
    await openTab(page, 'PendingApprovals', 'approvalRequests');
    const sent = page.waitForRequest((r) => r.url() === `${url}/graphql` && r.method() === 'POST' && !(r.postData() ?? '').includes('IntrospectionQuery'));
    await page.click('.graphiql-execute-button');
    const request = await sent;
    expect(request.headers()['authorization']).toBe(`Bearer ${director.token}`);
    const response = await request.response();
    expect(response!.status()).toBe(200);
    expect((await response!.json()).data.approvalRequests.totalCount).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('signs in as the demo manager and shows the rows of the saved monthly receivables report', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message.slice(0, 200)));
    await page.goto(`${url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });

    // The Sign in tab: fill the password into its variables (CodeMirror), run it, take the token from the result.
    await openTab(page, 'SignIn', 'login(');
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('.CodeMirror')) as unknown[]) {
        const cm = (el as unknown as { CodeMirror?: { getValue(): string; setValue(v: string): void } }).CodeMirror;
        if (cm && cm.getValue().includes('manager@demo.example')) cm.setValue(cm.getValue().replace('"password": ""', '"password": "demo12345"'));
      }
    });
    const signedIn = page.waitForResponse((r) => r.url() === `${url}/graphql` && (r.request().postData() ?? '').includes('SignIn'));
    await page.click('.graphiql-execute-button');
    const login = await (await signedIn).json();
    const token = login.data.login.token as string;
    expect(login.data.login.staff.roles).toEqual(['MANAGER']);
    await page.waitForFunction(() => (document.querySelector('.result-window')?.textContent ?? '').includes('token'));
    await page.fill('#token', token);
    await page.dispatchEvent('#token', 'change');

    // The saved report for the last closed month: its rows appear in the result pane.
    await openTab(page, 'MonthlyReceivables', 'monthlyReceivablesReport');
    const reported = page.waitForResponse((r) => r.url() === `${url}/graphql` && (r.request().postData() ?? '').includes('MonthlyReceivables'));
    await page.click('.graphiql-execute-button');
    const response = await reported;
    expect(response.request().headers()['authorization']).toBe(`Bearer ${token}`);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    const report = body.data.monthlyReceivablesReport;
    expect(report.month).toBe(previousMonth(localDateIn(app.config.timeZone, new Date())));
    expect(report.rows.length).toBeGreaterThan(0);
    const first = report.rows[0];
    await page.waitForFunction(
      ([name, closing]) => {
        const text = document.querySelector('.result-window')?.textContent ?? '';
        return text.includes('"rows"') && text.includes(name) && text.includes(closing);
      },
      [first.customer.name, first.closing],
      { timeout: 15_000 },
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
