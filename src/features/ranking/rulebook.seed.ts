import { inTransaction } from '../../db/transaction';
import { must } from '../../errors';
import { SeedContext } from '../../seed/seed-context';
import { addDays, monthRange, previousMonth, startOfLocalDay } from '../../time';
import { demoCustomersByName } from '../customers/customers.seed';
import { SalesTarget, SalesTargetChange } from '../targets/sales-target.entity';
import { Complaint, ComplaintSeverity, ComplaintStatus } from '../complaints/complaint.entity';
import { MarketIntelligence } from '../market-intelligence/market-intelligence.entity';
import { foldName } from '../market-intelligence/market-intelligence.service';

/**
 * Demo data of the director's rulebook, dated from "today" so it is true on any day: targets for
 * last month, this month and next month (with the reasons a target set after its month began
 * needs), complaints (one resolved in time, one overdue, one open) and market intelligence. The
 * ranking uses the default weights until the DIRECTOR sets some.
 */
export async function seedDemoRulebook(ctx: SeedContext): Promise<void> {
  const customers = await demoCustomersByName(ctx);
  const c = (name: string) => must(customers.get(name), `demo customer ${name}`).id;
  const { sales1, sales2, manager, director } = ctx.staff;
  const thisMonth = ctx.today.slice(0, 7);
  const lastMonth = previousMonth(ctx.today);
  const nextMonth = addDays(monthRange(thisMonth).last, 1).slice(0, 7);
  const at = (day: string, hour: number) =>
    new Date(startOfLocalDay(ctx.config.timeZone, day).getTime() + hour * 3_600_000);
  const lastFirst = monthRange(lastMonth).first;

  await inTransaction(ctx.db, async (m) => {
    const targets: Array<{
      who: typeof sales1;
      month: string;
      sales: number;
      collections: number;
      reason: string | null;
    }> = [
      { who: sales1, month: lastMonth, sales: 2_000_000, collections: 1_500_000, reason: '演示数据：补录上月目标' },
      { who: sales2, month: lastMonth, sales: 1_500_000, collections: 1_200_000, reason: '演示数据：补录上月目标' },
      { who: sales1, month: thisMonth, sales: 2_500_000, collections: 2_000_000, reason: '演示数据：补录本月目标' },
      { who: sales2, month: thisMonth, sales: 1_800_000, collections: 1_500_000, reason: '演示数据：补录本月目标' },
      { who: sales1, month: nextMonth, sales: 2_600_000, collections: 2_100_000, reason: null },
      { who: sales2, month: nextMonth, sales: 1_900_000, collections: 1_600_000, reason: null },
    ];
    for (const t of targets) {
      const inserted = await m.insert(SalesTarget, {
        staffId: t.who.id,
        month: t.month,
        salesTarget: t.sales,
        collectionTarget: t.collections,
        setById: manager.id,
        setAt: new Date(),
      });
      await m.insert(SalesTargetChange, {
        targetId: Number(inserted.identifiers[0].id),
        staffId: t.who.id,
        month: t.month,
        previousSalesTarget: null,
        previousCollectionTarget: null,
        salesTarget: t.sales,
        collectionTarget: t.collections,
        afterMonthBegan: t.reason !== null,
        reason: t.reason,
        changedById: manager.id,
      });
    }

    // Resolved in time last month, by sales2 for a customer of sales1's.
    await m.insert(Complaint, {
      customerId: c('上海 Acme 物流有限公司'),
      description: '一批货物外箱受潮，客户要求说明原因。',
      severity: ComplaintSeverity.MEDIUM,
      status: ComplaintStatus.RESOLVED,
      recordedById: sales1.id,
      recordedAt: at(addDays(lastFirst, 7), 10),
      handlerId: sales2.id,
      dueDate: addDays(lastFirst, 12),
      assignedById: manager.id,
      assignedAt: at(addDays(lastFirst, 7), 15),
      resolution: '已与仓库核实为雨天装卸所致，已调整装卸流程并书面致歉。',
      resolvedAt: at(addDays(lastFirst, 10), 16),
      resolvedOn: addDays(lastFirst, 10),
    });
    // Assigned and overdue: due two days ago.
    await m.insert(Complaint, {
      customerId: c('南京金陵食品有限公司'),
      description: '冷链车晚到四小时，部分货物需降价处理。',
      severity: ComplaintSeverity.HIGH,
      status: ComplaintStatus.ASSIGNED,
      recordedById: sales2.id,
      recordedAt: at(addDays(ctx.today, -6), 9),
      handlerId: sales2.id,
      dueDate: addDays(ctx.today, -2),
      assignedById: director.id,
      assignedAt: at(addDays(ctx.today, -6), 11),
    });
    // Just recorded, waiting for a leader to assign it.
    await m.insert(Complaint, {
      customerId: c('杭州顺达贸易有限公司'),
      description: '对账单上的装卸费与约定不符。',
      severity: ComplaintSeverity.LOW,
      status: ComplaintStatus.OPEN,
      recordedById: sales1.id,
    });

    const intelligence: Array<{
      who: typeof sales1;
      customer?: string;
      competitor?: string;
      route?: string;
      rate?: number;
      details: string;
      on: string;
    }> = [
      {
        who: sales2,
        customer: '合肥长江家电有限公司',
        competitor: '德邦物流',
        route: '合肥-上海',
        rate: 26000,
        details: '客户转用德邦，运价每吨低约30元，流失原因主要是价格。',
        on: addDays(lastFirst, 3),
      },
      {
        who: sales1,
        customer: '杭州顺达贸易有限公司',
        competitor: '德邦物流',
        route: '杭州-上海',
        rate: 25500,
        details: '德邦业务员上门报价，客户暂未更换。',
        on: addDays(lastFirst, 15),
      },
      {
        who: sales1,
        competitor: '顺丰快运',
        route: '上海-成都',
        rate: 41000,
        details: '顺丰快运新开上海-成都专线，时效两天。',
        on: ctx.today,
      },
      { who: sales2, route: '南京-上海', details: '南京-上海线路回程车多，市场运价本月下降约5%。', on: ctx.today },
    ];
    for (const i of intelligence) {
      await m.insert(MarketIntelligence, {
        customerId: i.customer ? c(i.customer) : null,
        competitor: i.competitor ?? null,
        competitorKey: i.competitor ? foldName(i.competitor) : null,
        route: i.route ?? null,
        routeKey: i.route ? foldName(i.route) : null,
        rate: i.rate ?? null,
        details: i.details,
        recordedById: i.who.id,
        recordedOn: i.on,
        recordedAt: i.on === ctx.today ? new Date() : at(i.on, 10),
      });
    }
  });
}
