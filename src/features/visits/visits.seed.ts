import { inTransaction } from '../../db/transaction';
import { must } from '../../errors';
import { addDays, localDateIn, startOfLocalDay } from '../../time';
import { SeedContext } from '../../seed/seed-context';
import { recordAudit } from '../audit/audit.service';
import { demoCustomersByName } from '../customers/customers.seed';
import { distanceMeters } from './geo';
import { Visit, VisitStatus } from './visit.entity';
import { VisitRequest } from './visit-request.entity';
import { recordUnexcusedAbsence } from '../attendance/attendance.service';

/**
 * Demo visits in every state (planned, checked in, completed, cancelled, one found false with its
 * unexcused absence), two open visit requests and one fulfilled by a planned visit.
 */
export async function seedVisits(ctx: SeedContext): Promise<void> {
  const customers = await demoCustomersByName(ctx);
  const c = (name: string) => {
    const found = customers.get(name);
    if (!found) throw new Error(`Demo customer ${name} is missing`);
    return found;
  };
  const tz = ctx.config.timeZone;
  const at = (dayOffset: number, hour: number, minute = 0) =>
    new Date(startOfLocalDay(tz, addDays(ctx.today, dayOffset)).getTime() + (hour * 60 + minute) * 60_000);
  const { sales1, sales2, manager } = ctx.staff;
  const acme = c('上海 Acme 物流有限公司');
  const shunda = c('杭州顺达贸易有限公司');
  const jinling = c('南京金陵食品有限公司');
  const wuxi = c('无锡新材料科技有限公司');
  const hengtong = c('苏州恒通电子有限公司');
  const lvyuan = c('常州绿源农产品有限公司');
  const near = (cust: typeof acme, dLat: number) => {
    const lat = must(cust.latitude, `latitude of demo customer ${cust.name}`);
    const lng = must(cust.longitude, `longitude of demo customer ${cust.name}`);
    return {
      checkInLatitude: lat + dLat,
      checkInLongitude: lng,
      checkInAccuracyMeters: 15,
      checkInDistanceMeters: Math.round(distanceMeters({ lat, lng }, { lat: lat + dLat, lng }) * 10) / 10,
    };
  };

  await inTransaction(ctx.db, async (m) => {
    const insertVisit = async (row: Partial<Visit>) => Number((await m.insert(Visit, row)).identifiers[0].id);
    // Completed, near the site.
    await insertVisit({
      customerId: acme.id,
      salespersonId: sales1.id,
      plannedById: sales1.id,
      plannedAt: at(-6, 10),
      purpose: '季度回访，核对月结对账流程',
      status: VisitStatus.COMPLETED,
      checkedInAt: at(-6, 10, 5),
      clientReportedAt: at(-6, 10, 4),
      ...near(acme, 0.0005),
      checkInFlagged: false,
      summary: '客户对时效满意；约定下月起对账单增加签收单号。',
      completedAt: at(-6, 11, 30),
    });
    // Completed by sales2.
    await insertVisit({
      customerId: jinling.id,
      salespersonId: sales2.id,
      plannedById: sales2.id,
      plannedAt: at(-4, 14),
      purpose: '冷链需求沟通',
      status: VisitStatus.COMPLETED,
      checkedInAt: at(-4, 14, 10),
      clientReportedAt: at(-4, 14, 9),
      ...near(jinling, 0.001),
      checkInFlagged: false,
      summary: '客户希望周末出库，已反馈仓储部。',
      completedAt: at(-4, 15, 20),
    });
    // Checked in today, flagged: far from the site.
    await insertVisit({
      customerId: shunda.id,
      salespersonId: sales1.id,
      plannedById: sales1.id,
      plannedAt: at(0, 9, 30),
      purpose: '洽谈新线路',
      status: VisitStatus.CHECKED_IN,
      checkedInAt: at(0, 9, 40),
      clientReportedAt: at(0, 9, 38),
      ...near(shunda, 0.02),
      checkInFlagged: true,
    });
    // Cancelled.
    await insertVisit({
      customerId: wuxi.id,
      salespersonId: sales2.id,
      plannedById: sales2.id,
      plannedAt: at(-2, 10),
      purpose: '送合同',
      status: VisitStatus.CANCELLED,
      cancelledAt: at(-3, 17),
      cancelReason: '客户负责人出差，改期。',
    });
    // Found false: reported completed, but the customer says nobody came.
    const falseId = await insertVisit({
      customerId: wuxi.id,
      salespersonId: sales2.id,
      plannedById: sales2.id,
      plannedAt: at(-9, 9),
      purpose: '新材料运输方案介绍',
      status: VisitStatus.FALSE_REPORT,
      checkedInAt: at(-9, 9, 15),
      clientReportedAt: at(-9, 9, 15),
      checkInFlagged: true,
      summary: '已介绍方案，客户有意向。',
      completedAt: at(-9, 10, 30),
      markedFalseAt: at(-7, 16),
      markedFalseById: manager.id,
      falseReason: '客户回访确认当天无人拜访，签到位置不在客户现场。',
    });
    const falseDate = localDateIn(tz, at(-9, 9));
    await recordUnexcusedAbsence(m, sales2.id, falseDate, falseId, manager.id);
    await recordAudit(m, manager.id, {
      action: 'visit.marked_false',
      entityType: 'Visit',
      entityId: falseId,
      summary: `Visit #${falseId} report found false; ${falseDate} recorded as unexcused absence (demo)`,
    });

    // Visit requests: one fulfilled by a planned visit, two still open.
    const fulfilledId = Number(
      (
        await m.insert(VisitRequest, {
          customerId: hengtong.id,
          preferredDate: addDays(ctx.today, 2),
          note: '想当面了解月结条件。',
          recordedById: sales1.id,
        })
      ).identifiers[0].id,
    );
    const plannedId = await insertVisit({
      customerId: hengtong.id,
      salespersonId: sales1.id,
      plannedById: sales1.id,
      plannedAt: at(2, 14),
      purpose: '应客户要求上门介绍月结条件',
      status: VisitStatus.PLANNED,
      visitRequestId: fulfilledId,
    });
    await m.update(VisitRequest, { id: fulfilledId }, { fulfilledByVisitId: plannedId, fulfilledAt: new Date() });
    await insertVisit({
      customerId: acme.id,
      salespersonId: sales1.id,
      plannedById: manager.id,
      plannedAt: at(5, 10),
      purpose: '年度合同续签',
      status: VisitStatus.PLANNED,
    });
    await m.insert(VisitRequest, {
      customerId: lvyuan.id,
      preferredDate: null,
      note: '客户来电希望业务员上门看仓库。',
      recordedById: sales2.id,
    });
    await m.insert(VisitRequest, {
      customerId: jinling.id,
      preferredDate: addDays(ctx.today, 7),
      note: '讨论春节备货运输。',
      recordedById: manager.id,
    });
  });
}
