import { seedDemoCompany } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';
import { localDateIn } from '../../src/time';
import { graphql } from '../generated';

const ReceivablesDemoLogin = graphql(`
  mutation ReceivablesDemoLogin($e: String!) {
    login(email: $e, password: "demo12345") {
      token
    }
  }
`);
const ReceivablesDemoOverdue = graphql(`
  query ReceivablesDemoOverdue {
    receivables(filter: { overdue: true }) {
      totalCount
    }
  }
`);
const ReceivablesDemoArrearsConsents = graphql(`
  query ReceivablesDemoArrearsConsents {
    arrearsConsents(overdue: true) {
      handler {
        name
      }
      unpaidAmount
    }
  }
`);
const ReceivablesDemoMonthlyReport = graphql(`
  query ReceivablesDemoMonthlyReport($m: String!) {
    monthlyReceivablesReport(month: $m) {
      rows {
        opening
        added
        received
        closing
      }
      totals {
        closing
      }
    }
  }
`);
const ReceivablesDemoAging = graphql(`
  query ReceivablesDemoAging {
    agingReport {
      totals {
        total
      }
    }
  }
`);

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('demo money and approvals', () => {
  it('seeds statements in every state, payments, overdue receivables, arrears and requests of every kind and status', async () => {
    const app = await TestApp.start();
    try {
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      const q = async (sql: string) =>
        (await app.db.query(sql)).map((r: any) => Object.values(r).map(String).join(':')).sort();
      expect(await q('SELECT DISTINCT status FROM statement')).toEqual(['CONFIRMED', 'ISSUED', 'VOID']);
      const kinds = await q('SELECT DISTINCT kind, status FROM approval_request');
      for (const kind of [
        'RATE_CHANGE',
        'FREE_SHIPMENT',
        'SETTLEMENT_CHANGE',
        'ARREARS',
        'DEDUCTION',
        'SPECIAL_OPERATION',
      ]) {
        for (const status of ['PENDING', 'APPROVED', 'REJECTED']) expect(kinds).toContain(`${kind}:${status}`);
      }
      const login = async (email: string) => (await app.ok(ReceivablesDemoLogin, { e: email })).login.token;
      const collector = await login('collector@demo.example');
      const overdue = await app.ok(ReceivablesDemoOverdue, {}, collector);
      expect(overdue.receivables.totalCount).toBeGreaterThan(0);
      const consents = await app.ok(ReceivablesDemoArrearsConsents, {}, collector);
      expect(consents.arrearsConsents.length).toBeGreaterThan(0);
      const today = localDateIn(app.config.timeZone, new Date());
      const [y, m] = today.split('-').map(Number);
      const lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
      const report = await app.ok(ReceivablesDemoMonthlyReport, { m: lastMonth }, collector);
      expect(report.monthlyReceivablesReport.rows.length).toBeGreaterThan(0);
      const aging = await app.ok(ReceivablesDemoAging, {}, collector);
      expect(aging.agingReport.totals.total).not.toBe('0.00');
      expect(await q('SELECT DISTINCT status FROM pickup_notice')).toEqual(['COMPLETED', 'PENDING', 'REJECTED']);
      expect(
        await q('SELECT DISTINCT f.status FROM operation_notice n JOIN signoff_form f ON f.id = n.formId'),
      ).toEqual(['COMPLETED', 'PENDING']);
      expect(Number((await app.db.query('SELECT COUNT(*) AS n FROM invoice'))[0].n)).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });
});
