import { TestApp } from '../support/app';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { localDateIn } from '../../src/time';
import { CSV_REPORTS } from '../../src/http/csv-reports';
import {
  AgingReportDocument,
  AttendanceSummaryDocument,
  LoginDocument,
  MonthlyReceivablesReportDocument,
  MonthlyRevenueReportDocument,
  PayrollSummaryDocument,
  WorkloadReportDocument,
  TargetAchievementDocument,
  PerformanceRankingDocument,
  MarketIntelligenceSummaryDocument,
  BudgetReportDocument,
} from '../../client/generated/graphql';

/** Reports as CSV over real HTTP: Excel-friendly files, the same figures and the same authorization as the API. */
let app: TestApp;
let url: string;
let lastMonth: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  expect(await seedDemoCompany(app.db, app.config)).toBe(true);
  for (const who of ['manager', 'collector', 'sales1', 'director']) {
    tokens[who] = (await app.ok(LoginDocument, { email: `${who}@demo.example`, password: 'demo12345' })).login.token;
  }
  const [y, m] = localDateIn(app.config.timeZone, new Date()).split('-').map(Number);
  lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
});
afterAll(() => app.stop());

async function download(path: string, token?: string) {
  const res = await fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes,
    text: bytes.toString('utf8'),
  };
}

/** Parses our CSV (RFC 4180 quoting) back into rows, after checking the BOM and CRLF line ends. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  expect(body.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      expect(c).not.toBe('\n');
      cell += c;
    }
  }
  return rows;
}

describe('CSV report downloads', () => {
  it('monthly receivables: UTF-8 with BOM, CRLF, Chinese headers and the figures of the GraphQL answer', async () => {
    const res = await download(`/reports/monthly-receivables.csv?month=${lastMonth}`, tokens.collector);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect(res.disposition).toContain('attachment');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual(['客户', '负责业务员', '期初应收(元)', '本月新增(元)', '本月收款(元)', '期末应收(元)']);
    const api = (await app.ok(MonthlyReceivablesReportDocument, { month: lastMonth }, tokens.collector))
      .monthlyReceivablesReport;
    expect(api.rows.length).toBeGreaterThan(0);
    expect(rows.slice(1, -1)).toEqual(
      api.rows.map((r) => [r.customer.name, r.owner.name, r.opening, r.added, r.received, r.closing]),
    );
    expect(rows[rows.length - 1]).toEqual([
      '合计',
      '',
      api.totals.opening,
      api.totals.added,
      api.totals.received,
      api.totals.closing,
    ]);
  });

  it('aging, as of today or a given day', async () => {
    const api = (await app.ok(AgingReportDocument, {}, tokens.manager)).agingReport;
    const rows = parseCsv((await download('/reports/aging.csv', tokens.manager)).text);
    expect(rows[0][0]).toBe('客户');
    expect(rows.slice(1, -1)).toEqual(
      api.rows.map((r) => [
        r.customer.name,
        r.customer.owner.name,
        r.notDue,
        r.d1to30,
        r.d31to60,
        r.d61to90,
        r.over90,
        r.total,
      ]),
    );
    expect(rows[rows.length - 1].slice(2)).toEqual([
      api.totals.notDue,
      api.totals.d1to30,
      api.totals.d31to60,
      api.totals.d61to90,
      api.totals.over90,
      api.totals.total,
    ]);
    const earlier = (await app.ok(AgingReportDocument, { asOf: `${lastMonth}-01` }, tokens.manager)).agingReport;
    const earlierRows = parseCsv((await download(`/reports/aging.csv?asOf=${lastMonth}-01`, tokens.manager)).text);
    expect(earlierRows[earlierRows.length - 1][7]).toBe(earlier.totals.total);
  });

  it('payroll and attendance summaries', async () => {
    const payroll = (await app.ok(PayrollSummaryDocument, { month: lastMonth }, tokens.manager)).payrollSummary;
    const prow = parseCsv((await download(`/reports/payroll.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(prow[0]).toEqual(CSV_REPORTS.payroll.headers);
    expect(prow.length - 1).toBe(payroll.length);
    expect(payroll.length).toBeGreaterThan(0);
    expect(prow.slice(1).map((r) => [r[0], r[9], r[11]])).toEqual(
      payroll.map((r) => [r.staff.name, r.fines, r.totalDeductions]),
    );
    const attendance = (await app.ok(AttendanceSummaryDocument, { month: lastMonth }, tokens.manager))
      .attendanceSummary;
    const arow = parseCsv((await download(`/reports/attendance.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(arow[0][0]).toBe('员工');
    expect(arow.slice(1).map((r) => [r[0], Number(r[3]), Number(r[7])])).toEqual(
      attendance.map((r) => [r.staff.name, r.present, r.unexcusedAbsences]),
    );
  });

  it('workload and monthly revenue reports', async () => {
    const workload = (await app.ok(WorkloadReportDocument, { month: lastMonth }, tokens.manager)).workloadReport;
    const wrow = parseCsv((await download(`/reports/workload.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(wrow[0]).toEqual(CSV_REPORTS.workload.headers);
    expect(workload.length).toBeGreaterThan(0);
    expect(wrow.slice(1).map((r) => [r[0], Number(r[2]), r[7]])).toEqual(
      workload.map((r) => [r.staff.name, r.visitsCompleted, r.amountCollected]),
    );
    const revenue = (await app.ok(MonthlyRevenueReportDocument, { month: lastMonth }, tokens.manager))
      .monthlyRevenueReport;
    const rrow = parseCsv((await download(`/reports/revenue.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(rrow.slice(1, -1).map((r) => [r[0], r[2]])).toEqual(
      revenue.byCustomer.map((r) => [r.customer.name, r.total]),
    );
    expect(rrow[rrow.length - 1]).toEqual(['合计', String(revenue.statements), revenue.total]);
    expect((await download(`/reports/workload.csv?month=${lastMonth}`, tokens.sales1)).status).toBe(403);
  });

  it("the budget report, for a month (?month=YYYY-MM) or a year (?year=YYYY): the rows and the department's line of the GraphQL answer; leaders only", async () => {
    const [y, m] = localDateIn(app.config.timeZone, new Date()).split('-').map(Number);
    const thisMonth = `${y}-${String(m).padStart(2, '0')}`;
    for (const [query, vars] of [
      [`month=${thisMonth}`, { year: y, month: m }],
      [`year=${y}`, { year: y, month: null }],
    ] as const) {
      const answer = (await app.ok(BudgetReportDocument, vars, tokens.manager)).budgetReport;
      const file = await download(`/reports/budget.csv?${query}`, tokens.manager);
      expect(file.status).toBe(200);
      expect(decodeURIComponent(file.disposition!)).toContain(`销售费用预算执行-${vars.month ? thisMonth : y}.csv`);
      const rows = parseCsv(file.text);
      expect(rows[0]).toEqual(CSV_REPORTS.budget.headers);
      expect(answer.rows.length).toBeGreaterThanOrEqual(2); // the demo salespeople's claims and budgets
      expect(rows.slice(1, -1)).toEqual(
        answer.rows.map((r) => [
          r.staff.name,
          r.staff.department,
          r.budget,
          r.approved,
          r.pending,
          r.remaining,
          String(r.approvedClaims),
          r.confirmedSales,
          r.ratio === null ? '' : String(r.ratio),
        ]),
      );
      const t = answer.department!;
      expect(rows[rows.length - 1]).toEqual([
        `部门合计(已分配 ${t.allocated}，未分配 ${t.unallocated})`,
        '',
        t.budget,
        t.approved,
        t.pending,
        t.remaining,
        '',
        t.confirmedSales,
        t.ratio === null ? '' : String(t.ratio),
      ]);
    }
    expect((await download(`/reports/budget.csv?month=${thisMonth}`, tokens.sales1)).status).toBe(403);
    for (const bad of ['month=2026-13', 'year=26', 'month=&year=', '']) {
      expect((await download(`/reports/budget.csv?${bad}`, tokens.manager)).status).toBe(400);
    }
    expect((await download('/reports/budget.csv?year=2099', tokens.manager)).status).toBe(400);
  });

  it("target achievement, performance ranking and competitors (the director's rulebook)", async () => {
    const targets = (await app.ok(TargetAchievementDocument, { month: lastMonth }, tokens.manager)).targetAchievement;
    const trow = parseCsv((await download(`/reports/targets.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(trow[0]).toEqual(CSV_REPORTS.targets.headers);
    expect(trow.slice(1, -1)).toEqual(
      targets.rows.map((r) => [
        r.staff.name,
        r.sales!.target,
        r.sales!.actual,
        r.sales!.percent === null ? '' : String(r.sales!.percent),
        r.sales!.gap,
        r.collections!.target,
        r.collections!.actual,
        r.collections!.percent === null ? '' : String(r.collections!.percent),
        r.collections!.gap,
      ]),
    );
    expect(trow[trow.length - 1].slice(0, 3)).toEqual([
      '部门合计',
      targets.department!.sales.target,
      targets.department!.sales.actual,
    ]);
    // A salesperson's answer has no department line: the download is for the readers.
    expect((await download(`/reports/targets.csv?month=${lastMonth}`, tokens.sales1)).status).toBe(403);

    const ranking = (await app.ok(PerformanceRankingDocument, { month: lastMonth }, tokens.manager)).performanceRanking;
    const rrow = parseCsv((await download(`/reports/ranking.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(rrow[0]).toEqual(CSV_REPORTS.ranking.headers);
    expect(rrow.slice(1).map((r) => [Number(r[0]), r[1], Number(r[2])])).toEqual(
      ranking.map((r) => [r.rank, r.staff.name, r.score]),
    );
    expect(rrow[1].slice(3).map(Number)).toEqual(ranking[0].components.flatMap((c) => [c.raw, c.points]));
    const own = parseCsv((await download(`/reports/ranking.csv?month=${lastMonth}`, tokens.sales1)).text);
    expect(own.slice(1).map((r) => r[1])).toEqual(['张伟 Zhang Wei']);

    const [y, m] = lastMonth.split('-').map(Number);
    const summary = (
      await app.ok(
        MarketIntelligenceSummaryDocument,
        { from: `${lastMonth}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) },
        tokens.manager,
      )
    ).marketIntelligenceSummary;
    expect(summary.byCompetitor.length).toBeGreaterThan(0);
    const crow = parseCsv((await download(`/reports/competitors.csv?month=${lastMonth}`, tokens.manager)).text);
    expect(crow[0]).toEqual(CSV_REPORTS.competitors.headers);
    expect(crow.slice(1).map((r) => [r[0], Number(r[1]), r[5]])).toEqual(
      summary.byCompetitor.map((c) => [c.competitor, c.reports, c.averageRate ?? '']),
    );
    expect((await download(`/reports/competitors.csv?month=${lastMonth}`, tokens.sales1)).status).toBe(403);
    expect((await download('/reports/competitors.csv?month=2026-13', tokens.manager)).status).toBe(400);
  });

  it('refuses like the API: 401 without or with a bad token, 403 for a role the API refuses, 400 for a bad month, 404 for an unknown report', async () => {
    expect((await download(`/reports/monthly-receivables.csv?month=${lastMonth}`)).status).toBe(401);
    expect((await download(`/reports/monthly-receivables.csv?month=${lastMonth}`, 'not-a-token')).status).toBe(401);
    const denied = await download(`/reports/monthly-receivables.csv?month=${lastMonth}`, tokens.sales1);
    expect(denied.status).toBe(403);
    expect(denied.text).not.toContain('客户');
    expect((await download(`/reports/payroll.csv?month=${lastMonth}`, tokens.collector)).status).toBe(403);
    expect((await download(`/reports/aging.csv`, tokens.sales1)).status).toBe(403);
    for (const bad of ['2026-13', '2026-1', 'oct', '']) {
      expect((await download(`/reports/payroll.csv?month=${bad}`, tokens.manager)).status).toBe(400);
    }
    expect((await download('/reports/payroll.csv', tokens.manager)).status).toBe(400);
    expect((await download('/reports/aging.csv?asOf=2026-02-31x', tokens.manager)).status).toBe(400);
    expect((await download('/reports/constructor.csv', tokens.director)).status).toBe(404);
  });
});
