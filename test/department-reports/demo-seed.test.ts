import { TestApp } from '../support/app';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { Staff } from '../../src/features/staff/staff.entity';
import { localDateIn, monthRange } from '../../src/time';
import { must } from '../support/customer-factories';
import { graphql } from '../generated';

/* eslint-disable @typescript-eslint/no-explicit-any */

const REPORTS = graphql(`
  query DepartmentReportsDemoSeed($m: String!) {
    workloadReport(month: $m) {
      staff {
        name
      }
      visitsCompleted
      customersRegistered
      intentReports
      requestsFiled
      statementsIssued
      amountCollected
    }
    monthlyRevenueReport(month: $m) {
      statements
      total
      byCustomer {
        customer {
          name
        }
        statements
        total
      }
      bySalesperson {
        salesperson {
          name
        }
        statements
        total
      }
    }
  }
`);

function monthBack(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - back, 1));
  return d.toISOString().slice(0, 7);
}
const fen = (money: string) => Math.round(Number(money) * 100);
const sum = (rows: Array<{ total: string }>) => rows.reduce((s, r) => s + fen(r.total), 0);

describe('the demo seed in the workload and revenue reports', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await TestApp.start();
    await seedDemoCompany(app.db, app.config);
    const assistant = await app.db.getRepository(Staff).findOneByOrFail({ email: 'assistant@demo.example' });
    token = (await app.server.services.tokens.issue(assistant.id)).token;
  });
  afterAll(() => app.stop());

  it("shows the demo months' work and revenue, matching the seeded records", async () => {
    const today = localDateIn(app.config.timeZone, new Date());
    const current = await must(app, token, REPORTS, { m: today.slice(0, 7) });
    const totals = (rows: any[], key: string) =>
      rows.reduce((s, r) => s + (key === 'amountCollected' ? fen(r[key]) : r[key]), 0);
    // This month: the demo visits, registrations and statements were made now.
    expect(totals(current.workloadReport, 'customersRegistered')).toBeGreaterThan(0);
    expect(totals(current.workloadReport, 'statementsIssued')).toBeGreaterThan(0);
    const threeMonths = await Promise.all([0, 1, 2].map((b) => must(app, token, REPORTS, { m: monthBack(today, b) })));
    for (const key of ['visitsCompleted', 'amountCollected']) {
      expect(threeMonths.reduce((s, d) => s + totals(d.workloadReport, key), 0)).toBeGreaterThan(0);
    }
    const collector = current.workloadReport.find((r: any) => r.staff.name.includes('Collector'));
    expect(collector!.statementsIssued).toBeGreaterThan(0);

    // Revenue: the demo confirmed two months' statements, three days after each month's end.
    for (const back of [1, 2]) {
      const month = monthBack(today, back);
      const { monthlyRevenueReport: r } = threeMonths[back];
      expect(fen(r.total)).toBeGreaterThan(0);
      expect(sum(r.byCustomer)).toBe(fen(r.total));
      expect(sum(r.bySalesperson)).toBe(fen(r.total));
      const { first, last } = monthRange(month);
      const [row] = await app.db.query(
        `SELECT COUNT(*) AS n, SUM(total) AS total FROM statement WHERE status = 'CONFIRMED' AND confirmedOn >= ? AND confirmedOn <= ?`,
        [first, last],
      );
      expect(r.statements).toBe(Number(row.n));
      expect(fen(r.total)).toBe(Number(row.total));
      expect(r.bySalesperson.every((s: any) => s.salesperson.name.length > 0)).toBe(true);
    }
  });
});
