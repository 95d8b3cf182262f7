import { TestApp } from '../support/app';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import {
  LoginDocument,
  TargetAchievementDocument,
  ComplaintsDocument,
  MarketIntelligenceSummaryDocument,
  PerformanceRankingDocument,
} from '../../client/generated/graphql';
import { companyToday } from '../support/administration-factories';
import { previousMonth } from '../../src/time';

/** The demo company shows every part of the director's rulebook, on whatever day it is seeded. */
let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await TestApp.start();
  expect(await seedDemoCompany(app.db, app.config)).toBe(true);
  for (const who of ['manager', 'sales1', 'sales2']) {
    tokens[who] = (await app.ok(LoginDocument, { email: `${who}@demo.example`, password: 'demo12345' })).login.token;
  }
});
afterAll(() => app.stop());

describe('the demo rulebook', () => {
  it('has targets for last month and this month, complaints in every state and market intelligence', async () => {
    const today = companyToday(app);
    for (const month of [previousMonth(today), today.slice(0, 7)]) {
      const report = (await app.ok(TargetAchievementDocument, { month }, tokens.manager)).targetAchievement;
      expect(
        report.rows
          .filter((r) => r.targetSet)
          .map((r) => r.staff.name)
          .sort(),
      ).toEqual(['刘芳 Liu Fang', '张伟 Zhang Wei']);
      expect(report.department!.sales.target).not.toBe('0.00');
    }
    const complaints = (await app.ok(ComplaintsDocument, {}, tokens.manager)).complaints;
    expect(complaints.edges.map((e) => e.node.status).sort()).toEqual(['ASSIGNED', 'OPEN', 'RESOLVED']);
    expect(complaints.edges.find((e) => e.node.status === 'RESOLVED')!.node.handledInTime).toBe(true);
    const overdue = (await app.ok(ComplaintsDocument, { filter: { overdue: true } }, tokens.sales2)).complaints;
    expect(overdue.totalCount).toBe(1);
    const summary = (await app.ok(MarketIntelligenceSummaryDocument, {}, tokens.manager)).marketIntelligenceSummary;
    expect(summary.byCompetitor[0]).toMatchObject({
      competitor: '德邦物流',
      reports: 2,
      customers: 2,
      lostCustomers: 1,
    });
    expect(summary.lostCustomerAnalyses.length).toBeGreaterThan(0);
  });

  it('ranks both salespeople last month, every component shown, and each sees their own line', async () => {
    const month = previousMonth(companyToday(app));
    const ranking = (await app.ok(PerformanceRankingDocument, { month }, tokens.manager)).performanceRanking;
    expect(ranking.map((r) => r.staff.name).sort()).toEqual(['刘芳 Liu Fang', '张伟 Zhang Wei']);
    for (const row of ranking) expect(row.components).toHaveLength(7);
    const liu = ranking.find((r) => r.staff.name === '刘芳 Liu Fang')!;
    expect(liu.components.find((c) => c.component === 'COMPLAINTS_HANDLED_IN_TIME')!.raw).toBe(1);
    const own = (await app.ok(PerformanceRankingDocument, { month }, tokens.sales1)).performanceRanking;
    expect(own.map((r) => r.staff.name)).toEqual(['张伟 Zhang Wei']);
  });
});
