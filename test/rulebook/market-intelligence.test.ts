import { graphql } from '../generated';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { MarketIntelligence } from '../../src/features/market-intelligence/market-intelligence.entity';
import { LostCustomerAnalysis } from '../../src/features/customers/lost-customer-analysis.entity';
import { CustomerStatus } from '../../src/features/customers/customer-enums';
import { makeCustomer } from '../support/factories';
import { must, run } from '../support/customer-factories';
import { companyToday, rolesExcept } from '../support/administration-factories';

/* eslint-disable @typescript-eslint/no-explicit-any */

const RECORD = graphql(`
  mutation RulebookMarketIntelligenceRecordMarketIntelligence($input: MarketIntelligenceInput!) {
    recordMarketIntelligence(input: $input) {
      id
      competitor
      route
      rate
      details
      recordedOn
      customer {
        id
      }
      recordedBy {
        id
      }
    }
  }
`);
const LIST = graphql(`
  query RulebookMarketIntelligenceMarketIntelligence($f: IntelligenceFilter, $first: Int, $after: String) {
    marketIntelligence(filter: $f, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          competitor
          route
          rate
          recordedBy {
            id
          }
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query RulebookMarketIntelligenceMarketIntelligenceSummary($from: LocalDate, $to: LocalDate) {
    marketIntelligenceSummary(from: $from, to: $to) {
      from
      to
      reports
      byCompetitor {
        competitor
        reports
        customers
        lostCustomers
        routes
        averageRate
        lowestRate
        highestRate
        lastRecordedOn
      }
      byRoute {
        route
        reports
        competitors
        averageRate
        lowestRate
        highestRate
        lastRecordedOn
      }
      lostCustomerAnalyses {
        id
        reasons
        customer {
          id
        }
      }
    }
  }
`);

let app: TestApp;
let manager: Caller;
let assistant: Caller;
let salesA: Caller;
let salesB: Caller;
let today: string;

beforeAll(async () => {
  app = await TestApp.start();
  manager = await app.staff(Role.MANAGER);
  assistant = await app.staff(Role.ASSISTANT_MANAGER);
  salesA = await app.staff(Role.SALESPERSON);
  salesB = await app.staff(Role.SALESPERSON);
  today = companyToday(app);
});
afterAll(() => app.stop());

const record = (caller: Caller, input: Record<string, unknown>) =>
  run(app, caller, RECORD, { input: { details: '竞争对手报价更低', ...input } });

describe('market intelligence', () => {
  it('is recorded by salespeople and leaders, and refused with bad input', async () => {
    const c = await makeCustomer(app, salesB);
    const r = await record(salesA, {
      customerId: String(c.id),
      competitor: '  德邦   物流 ',
      route: '上海-成都',
      rate: '280.50',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordMarketIntelligence).toMatchObject({
      competitor: '德邦 物流',
      route: '上海-成都',
      rate: '280.50',
      recordedOn: today,
      customer: { id: String(c.id) },
      recordedBy: { id: String(salesA.staff.id) },
    });
    expect((await record(manager, {})).errors).toBeUndefined();
    for (const role of rolesExcept(Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR)) {
      expect(errorCodes(await record(await app.staff(role), { competitor: 'X' }))).toEqual(['FORBIDDEN']);
    }
    const bad = async (input: Record<string, unknown>, code: string, field?: string) => {
      const res = await record(salesA, input);
      expect(errorCodes(res)).toEqual([code]);
      if (field) expect(res.errors![0].extensions!.field).toBe(field);
    };
    await bad({ rate: '-1.00', competitor: 'X' }, 'BAD_USER_INPUT');
    await bad({ rate: '100' }, 'BAD_USER_INPUT', 'rate');
    await bad({ details: '  ' }, 'BAD_USER_INPUT', 'details');
    await bad({ customerId: 'abc' }, 'BAD_USER_INPUT', 'customerId');
    await bad({ customerId: '99999999' }, 'NOT_FOUND');
    await bad({ competitor: 'x'.repeat(201) }, 'BAD_USER_INPUT');
  });

  it('shows a salesperson only what they recorded, leaders all, as a Relay connection', async () => {
    await must(app, salesB, RECORD, { input: { competitor: '顺丰', details: 'B heard it' } });
    const mine = await must(app, salesB, LIST, {});
    expect(mine.marketIntelligence.edges.every((e: any) => e.node.recordedBy.id === String(salesB.staff.id))).toBe(
      true,
    );
    expect(mine.marketIntelligence.totalCount).toBe(1);
    expect(errorCodes(await run(app, salesB, LIST, { f: { recordedById: String(salesA.staff.id) } }))).toEqual([
      'FORBIDDEN',
    ]);
    const all = await must(app, assistant, LIST, { first: 1 });
    expect(all.marketIntelligence.totalCount).toBe(3);
    expect(all.marketIntelligence.pageInfo.hasNextPage).toBe(true);
    const rest = await must(app, assistant, LIST, { first: 10, after: all.marketIntelligence.pageInfo.endCursor });
    expect(rest.marketIntelligence.edges).toHaveLength(2);
    // Competitor filter folds case, width and spaces.
    const deppon = await must(app, manager, LIST, { f: { competitor: '德邦物流' } });
    expect(deppon.marketIntelligence.totalCount).toBe(1);
    for (const role of [Role.COLLECTOR, Role.ORDER_CLERK, Role.DISPATCHER]) {
      expect(errorCodes(await run(app, await app.staff(role), LIST, {}))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await run(app, manager, LIST, { f: { from: '1999-12-31' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('sums up by competitor and by route beside the lost-customer analyses, for leaders only', async () => {
    const lost = await makeCustomer(app, salesA, { status: CustomerStatus.LOST });
    const kept = await makeCustomer(app, salesA);
    await must(app, salesA, RECORD, {
      input: {
        customerId: String(lost.id),
        competitor: 'ＡＢＣ Freight',
        route: '上海 - 北京',
        rate: '100.00',
        details: '客户已转到ABC',
      },
    });
    await must(app, salesA, RECORD, {
      input: {
        customerId: String(kept.id),
        competitor: 'abc  freight',
        route: '上海-北京',
        rate: '100.01',
        details: 'ABC 在报价',
      },
    });
    await must(app, salesA, RECORD, { input: { competitor: 'abc freight', details: 'no rate' } });
    await app.db
      .getRepository(LostCustomerAnalysis)
      .insert({ customerId: lost.id, recordedById: salesA.staff.id, reasons: '价格', retentionActions: '降价申请' });
    // A record of another day, outside the period asked for.
    await app.db.getRepository(MarketIntelligence).insert({
      competitor: 'Old Co',
      competitorKey: 'oldco',
      details: 'old',
      recordedById: salesA.staff.id,
      recordedOn: '2026-01-05',
    });

    const data = (await must(app, manager, SUMMARY, { from: today, to: today })).marketIntelligenceSummary;
    expect(data.reports).toBe(6);
    const abc = data.byCompetitor.find((c: any) => c.competitor === 'abc freight');
    expect(abc).toEqual({
      competitor: 'abc freight',
      reports: 3,
      customers: 2,
      lostCustomers: 1,
      routes: ['上海-北京'],
      averageRate: '100.01',
      lowestRate: '100.00',
      highestRate: '100.01',
      lastRecordedOn: today,
    });
    expect(data.byCompetitor[0].competitor).toBe('abc freight');
    expect(data.byCompetitor.map((c: any) => c.competitor)).not.toContain('Old Co');
    const route = data.byRoute.find((r: any) => r.route === '上海-北京');
    expect(route).toMatchObject({
      reports: 2,
      competitors: 1,
      averageRate: '100.01',
      lowestRate: '100.00',
      highestRate: '100.01',
    });
    expect(data.lostCustomerAnalyses.map((a: any) => a.customer.id)).toEqual([String(lost.id)]);
    const all = (await must(app, assistant, SUMMARY, {})).marketIntelligenceSummary;
    expect(all.reports).toBe(7);
    for (const c of [salesA, await app.staff(Role.COLLECTOR)])
      expect(errorCodes(await run(app, c, SUMMARY, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, manager, SUMMARY, { from: today, to: '2026-01-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, manager, SUMMARY, { to: '2099-01-01' }))).toEqual(['BAD_USER_INPUT']);
  });
});
