import { graphql } from '../generated';
import { TestApp } from '../support/app';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { Staff } from '../../src/features/staff/staff.entity';
import { formatMoney } from '../../src/graphql/money';
import { localDateIn, monthRange } from '../../src/time';

const Reports = graphql(`
  query DemoAdministrationReports($month: String!) {
    payrollSummary(month: $month) {
      staff {
        id
        name
      }
      daysPresent
      leave
      unexcusedAbsences
      fines
      compensation
    }
    attendanceSummary(month: $month) {
      staff {
        id
      }
      recordedDays
    }
    violations(month: $month) {
      id
      kind
    }
  }
`);
const DemoOrders = graphql(`
  query DemoWarehouseOrders($status: WarehouseOrderStatus) {
    warehouseOrders(status: $status) {
      totalCount
    }
  }
`);
const DemoSheets = graphql(`
  query DemoOrderSheets {
    orderSheets {
      totalCount
      edges {
        node {
          placedAt
          orders {
            status
          }
        }
      }
    }
  }
`);

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

describe('the demo seed of department administration and warehouse orders', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await seedDemoCompany(app.db, app.config);
  });
  afterAll(() => app.stop());

  async function as(email: string): Promise<string> {
    const staff = await app.db.getRepository(Staff).findOneByOrFail({ email });
    return (await app.server.services.tokens.issue(staff.id)).token;
  }

  it('fills the payroll summary of last month and this month, reconciling with the seeded records', async () => {
    const assistant = await as('assistant@demo.example');
    const today = localDateIn(app.config.timeZone, new Date());
    const months = [previousMonth(today), today.slice(0, 7)];
    let kinds = new Set<string>();
    for (const month of months) {
      const data = await app.ok(Reports, { month }, assistant);
      const sales1 = data.payrollSummary.find((r) => r.staff.name.includes('Zhang Wei'))!;
      expect(sales1.fines).not.toBe('0.00');
      expect(data.violations.length).toBeGreaterThan(0);
      kinds = new Set([...kinds, ...data.violations.map((v) => v.kind)]);
      const { first, last } = monthRange(month);
      for (const row of data.payrollSummary) {
        const att = await app.db.query(
          `SELECT status, COUNT(*) AS n FROM attendance_record WHERE staffId = ? AND date >= ? AND date <= ? GROUP BY status`,
          [Number(row.staff.id), first, last],
        );
        const days = (statuses: string[]) =>
          att
            .filter((a: { status: string }) => statuses.includes(a.status))
            .reduce((s: number, a: { n: string | number }) => s + Number(a.n), 0);
        expect([row.daysPresent, row.leave, row.unexcusedAbsences]).toEqual([
          days(['PRESENT', 'BUSINESS_TRIP']),
          days(['LEAVE', 'SICK']),
          days(['UNEXCUSED_ABSENCE']),
        ]);
        const v = await app.db.query(
          `SELECT fine, compensation FROM violation WHERE staffId = ? AND occurredOn >= ? AND occurredOn <= ?`,
          [Number(row.staff.id), first, last],
        );
        expect(row.fines).toBe(
          formatMoney(v.reduce((s: number, x: { fine: string | number }) => s + Number(x.fine), 0)),
        );
        expect(row.compensation).toBe(
          formatMoney(v.reduce((s: number, x: { compensation: string | number }) => s + Number(x.compensation), 0)),
        );
      }
      expect(data.attendanceSummary.some((r) => r.recordedDays > 0)).toBe(true);
    }
    const lastMonth = await app.ok(Reports, { month: months[0] }, assistant);
    expect(lastMonth.payrollSummary.find((r) => r.staff.name.includes('Zhang Wei'))!.daysPresent).toBeGreaterThan(10);
    expect(lastMonth.payrollSummary.some((r) => r.leave > 0)).toBe(true);
    expect(lastMonth.payrollSummary.some((r) => r.unexcusedAbsences > 0)).toBe(true);
    expect(kinds).toEqual(
      new Set([
        'OPERATING_RULE',
        'UNAPPROVED_RATE_OR_FREE_SHIPMENT',
        'UNAPPROVED_DEDUCTION',
        'UNAPPROVED_MONTHLY_SETTLEMENT',
        'TAKING_CUSTOMER_DATA',
      ]),
    );
  });

  it('has warehouse orders in every status and a sheet sent to the warehouse', async () => {
    const clerk = await as('clerk@demo.example');
    for (const status of ['RECORDED', 'VERIFIED', 'MISMATCH', 'SENT'] as const) {
      const { warehouseOrders } = await app.ok(DemoOrders, { status }, clerk);
      expect(warehouseOrders.totalCount).toBeGreaterThan(0);
    }
    const { orderSheets } = await app.ok(DemoSheets, {}, await as('warehouse.head@demo.example'));
    expect(orderSheets.totalCount).toBeGreaterThan(0);
    expect(
      orderSheets.edges.every((e) => e.node.orders.length > 0 && e.node.orders.every((o) => o.status === 'SENT')),
    ).toBe(true);
  });
});
