import { approvalHooksFor } from '../../services';
import { CustomerStatus } from '../customers/customer-enums';
import { Actor } from '../../auth/actor';
import { Staff } from '../staff/staff.entity';
import { Department } from '../../domain/roles';
import { SeedContext } from '../../seed/seed-context';
import { DEMO_CUSTOMERS } from '../../seed/demo-customers';
import { addDays, monthRange } from '../../time';
import { Customer } from '../customers/customer.entity';
import { SettlementMethod } from '../customers/customer-enums';
import { ApprovalRequestService } from '../approvals/approval-request.service';
import { ApprovalDecisionService } from '../approvals/approval-decision.service';
import { ArrearsConsentService } from '../approvals/arrears-consent.service';
import { ArrearsConsent } from '../approvals/arrears-consent.entity';
import { ConsignmentService } from '../consignments/consignment.service';
import { StorageService } from '../storage/storage.service';
import { StatementService } from '../statements/statement.service';
import { InvoiceService } from '../invoices/invoice.service';
import { PaymentService } from '../payments/payment.service';
import { PickupService } from '../pickups/pickup.service';
import { OperationNoticeService } from '../operation-notices/operation-notice.service';
import { OperationNoticeKind } from '../operation-notices/operation-notice.entity';
import { Statement } from '../statements/statement.entity';
import { Receivable, rebuildKeptBalances } from '../ledger';
import { Consignment } from '../consignments/consignment.entity';

const actor = (s: Staff): Actor => ({ id: s.id, name: s.name, roles: s.roles, department: s.department });

/** First day of the month `back` months before `date`'s month, as "YYYY-MM". */
function monthOf(date: string, back: number): string {
  const [y, m] = date.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - back, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * The demo company's money and approvals: three past months and the current one of consignments,
 * storage, statements in every state, invoices, payments, overdue receivables, arrears consents,
 * operation notices and requests of every kind in every status, relative to ctx.today.
 */
export async function seedDemoMoney(ctx: SeedContext): Promise<void> {
  const { db, config, today } = ctx;
  const s = ctx.staff;
  const [collector, manager, director, sales1, sales2, clerk, dispatcher] = [
    s.collector,
    s.manager,
    s.director,
    s.sales1,
    s.sales2,
    s.clerk,
    s.dispatcher,
  ].map(actor);
  const heads: Record<Department, Actor> = {
    MARKET: manager,
    DISPATCH: dispatcher,
    WAREHOUSE: actor(s.warehouseHead),
    FINANCE: actor(s.financeHead),
    OPERATIONS: actor(s.operationsHead),
  };
  const requests = new ApprovalRequestService(db, config.timeZone);
  const decisions = new ApprovalDecisionService(db, config, approvalHooksFor(config));
  const consents = new ArrearsConsentService(db, config);
  const consignments = new ConsignmentService(db, config.timeZone);
  const storage = new StorageService(db, config.timeZone);
  const statements = new StatementService(db, config);
  const invoices = new InvoiceService(db);
  const payments = new PaymentService(db, config.timeZone);
  const pickups = new PickupService(db, config);
  const notices = new OperationNoticeService(db);

  const byName = async (i: number) => db.getRepository(Customer).findOneByOrFail({ name: DEMO_CUSTOMERS[i].name });
  const [acme, shunda, hengtong, , jinling, wuxi, hefei] = await Promise.all([0, 1, 2, 3, 4, 5, 6].map(byName));
  const active = [acme, shunda, jinling, wuxi];
  const months = [3, 2, 1, 0].map((back) => monthRange(monthOf(today, back)));

  // Consignments on the 3rd, 12th and 21st of each month (not after today).
  let n = 0;
  for (const c of active) {
    for (const [mi, m] of months.entries()) {
      for (const day of [3, 12, 21]) {
        const shippedOn = addDays(m.first, day - 1);
        if (shippedOn > today) continue;
        n++;
        await consignments.record(collector, {
          customerId: String(c.id),
          waybillNo: `YD${shippedOn.replace(/-/g, '')}${String(c.id).padStart(3, '0')}${day}`,
          shippedOn,
          origin: '上海',
          destination: ['杭州', '南京', '苏州', '合肥'][(n + mi) % 4],
          weightKg: 850 + ((n * 137) % 2400) + (n % 3) * 0.125,
          pieces: 10 + (n % 25),
          countingFee: (n % 4) * 1500,
          handlingFee: 4000 + (n % 5) * 1000,
          otherFee: n % 6 === 0 ? 2550 : 0,
        });
      }
    }
  }
  await storage.record(clerk, String(acme.id), 120.5, months[0].first, null);
  await storage.record(clerk, String(jinling.id), 80.25, addDays(months[1].first, 9), addDays(months[2].first, 19));

  // Statements: the two oldest months confirmed, last month issued (one voided and reissued).
  const confirmOn = async (statementId: number, confirmedOn: string, term: number) => {
    const dueDate = addDays(confirmedOn, term);
    await db.getRepository(Statement).update({ id: statementId }, { confirmedOn, dueDate });
    await db.getRepository(Receivable).update({ statementId }, { confirmedOn, dueDate });
  };
  for (const c of active) {
    for (const m of months.slice(0, 2)) {
      const st = await statements.issue(collector, String(c.id), m.first, m.last);
      await statements.confirm(collector, String(st.id), c.name.includes('Acme') ? '黄先生' : '财务 刘会计');
      await confirmOn(st.id, addDays(m.last, 3), c.paymentTermDays);
      if (c.id !== shunda.id)
        await invoices.issue(
          collector,
          String(st.id),
          `INV${m.first.slice(0, 7).replace('-', '')}${String(c.id).padStart(4, '0')}`,
          st.total,
        );
    }
    const last = await statements.issue(collector, String(c.id), months[2].first, months[2].last);
    if (c.id === wuxi.id) {
      await statements.voidStatement(collector, String(last.id), '客户要求按新的运单号重新对账');
      await statements.issue(collector, String(c.id), months[2].first, months[2].last);
    }
  }

  // The confirmations were back-dated around the services: their months are booked again from the ledger.
  await rebuildKeptBalances(db);

  // Payments: Acme and Wuxi paid both confirmed months (Acme in two parts); Jinling overpaid (credit); Shunda nothing
  // (overdue).
  const totals = async (c: Customer) =>
    (await db.getRepository(Receivable).find({ where: { customerId: c.id }, order: { dueDate: 'ASC' } })).map(
      (r) => r.amount,
    );
  const [a1, a2] = await totals(acme);
  await payments.record(collector, {
    customerId: String(acme.id),
    amount: a1,
    receivedOn: addDays(months[1].first, 20),
    reference: '工行转账 0001',
    idempotencyKey: 'demo-pay-acme-1',
  });
  await payments.record(collector, {
    customerId: String(acme.id),
    amount: Math.floor(a2 / 2),
    receivedOn: addDays(months[2].first, 10),
    reference: '工行转账 0002',
    idempotencyKey: 'demo-pay-acme-2',
  });
  await payments.record(collector, {
    customerId: String(acme.id),
    amount: a2 - Math.floor(a2 / 2),
    receivedOn: addDays(months[2].first, 25),
    reference: '工行转账 0003',
    idempotencyKey: 'demo-pay-acme-3',
  });
  const [j1, j2] = await totals(jinling);
  await payments.record(collector, {
    customerId: String(jinling.id),
    amount: j1 + j2 + 50000,
    receivedOn: months[3].first,
    reference: '建行转账 7788',
    idempotencyKey: 'demo-pay-jinling-1',
  });
  const [w1, w2] = await totals(wuxi);
  await payments.record(collector, {
    customerId: String(wuxi.id),
    amount: w1,
    receivedOn: addDays(months[1].first, 25),
    reference: '现金收据 0415',
    idempotencyKey: 'demo-pay-wuxi-1',
  });
  await payments.record(collector, {
    customerId: String(wuxi.id),
    amount: w2,
    receivedOn: addDays(months[2].first, 28),
    reference: '现金收据 0502',
    idempotencyKey: 'demo-pay-wuxi-2',
  });

  // Requests of every kind, in every status.
  const approve = (id: number, by: Actor = manager) => decisions.approve(by, String(id), '同意');
  const reject = (id: number) => decisions.reject(manager, String(id), '理由不充分，请补充材料');
  const recent: Consignment[] = [];
  for (const [i, kg] of [1200, 860.5, 430].entries()) {
    recent.push(
      await consignments.record(collector, {
        customerId: String(jinling.id),
        waybillNo: `YD${today.replace(/-/g, '')}FS${i}`,
        shippedOn: today,
        origin: '上海',
        destination: '南京',
        weightKg: kg,
        pieces: 8,
        countingFee: 0,
        handlingFee: 3000,
        otherFee: 0,
      }),
    );
  }

  await approve((await requests.rateChange(sales1, String(acme.id), 30000, '年度合同，运量大幅增长')).id);
  await requests.rateChange(sales2, String(wuxi.id), 29000, '竞争对手报价更低');
  await reject((await requests.rateChange(sales1, String(shunda.id), 20000, '客户要求降价')).id);

  await approve((await requests.freeShipment(sales2, String(recent[0].id), '货损补偿，免收本票运费')).id);
  await requests.freeShipment(sales2, String(recent[1].id), '新线路试运');
  await reject((await requests.freeShipment(sales2, String(recent[2].id), '客户要求免运费')).id);

  const shundaMonthly = await requests.settlementChange(
    sales1,
    String(shunda.id),
    SettlementMethod.MONTHLY,
    '合作稳定，申请月结',
  );
  const settlementNotice = await notices.create(
    sales1,
    String(shunda.id),
    OperationNoticeKind.SETTLEMENT_CHANGE,
    [Department.FINANCE, Department.MARKET],
    String(shundaMonthly.id),
  );
  await approve(shundaMonthly.id);
  await notices.sign(heads.FINANCE, String(settlementNotice.id), Department.FINANCE);
  await notices.sign(heads.MARKET, String(settlementNotice.id), Department.MARKET);
  await requests.settlementChange(sales2, String(wuxi.id), SettlementMethod.MONTHLY, '申请月结');
  await reject((await requests.settlementChange(sales2, String(jinling.id), SettlementMethod.CASH, '改为现结')).id);

  const overdueArrears = await requests.arrears(
    sales1,
    String(shunda.id),
    150000,
    addDays(today, -5),
    '资金周转困难，承诺月底前付清',
    [Department.MARKET, Department.FINANCE],
  );
  await approve(overdueArrears.id);
  const jinlingArrears = await requests.arrears(sales2, String(jinling.id), 80000, addDays(today, 20), '年底集中付款', [
    Department.MARKET,
    Department.FINANCE,
    Department.WAREHOUSE,
  ]);
  await approve(jinlingArrears.id, director);
  for (const consent of await db.getRepository(ArrearsConsent).find()) {
    await consents.sign(heads.MARKET, String(consent.id), Department.MARKET);
    if (consent.customerId === shunda.id) await consents.sign(heads.FINANCE, String(consent.id), Department.FINANCE);
  }
  await requests.arrears(sales2, String(wuxi.id), 60000, addDays(today, 30), '季度末付款', null);
  await reject((await requests.arrears(sales1, String(acme.id), 9000000, addDays(today, 60), '长期欠款', null)).id);

  await approve((await requests.deduction(collector, String(acme.id), 35000, '第YD运单货物外箱破损，仓库核实属实')).id);
  await requests.deduction(collector, String(jinling.id), 12000, '延误一天，客户要求扣款');
  await reject((await requests.deduction(collector, String(wuxi.id), 50000, '客户称少件，经调度核实件数无误')).id);

  const liaison = await requests.specialOperation(sales1, String(acme.id), '春节前需夜间装车，请调度与仓库配合', [
    Department.DISPATCH,
    Department.WAREHOUSE,
  ]);
  await approve(liaison.id);
  await consents.signLiaison(heads.DISPATCH, String(liaison.id), Department.DISPATCH);
  await consents.signLiaison(heads.WAREHOUSE, String(liaison.id), Department.WAREHOUSE);
  await requests.specialOperation(sales2, String(jinling.id), '冷链食品需温控车辆', [
    Department.DISPATCH,
    Department.OPERATIONS,
  ]);
  await reject((await requests.specialOperation(sales2, String(wuxi.id), '要求专车直达', [Department.DISPATCH])).id);

  // Operation notices: a completed one and pending ones. Acme's history is replayed: it was
  // INTENT until its new-customer notice was signed by every department, which made it ACTIVE.
  await ctx.db.getRepository(Customer).update({ id: acme.id }, { status: CustomerStatus.INTENT });
  const done = await notices.create(sales1, String(acme.id), OperationNoticeKind.NEW_CUSTOMER, [
    Department.DISPATCH,
    Department.FINANCE,
  ]);
  await notices.sign(heads.DISPATCH, String(done.id), Department.DISPATCH);
  await notices.sign(heads.FINANCE, String(done.id), Department.FINANCE);
  const pending = await notices.create(sales1, String(hengtong.id), OperationNoticeKind.NEW_CUSTOMER, [
    Department.DISPATCH,
    Department.WAREHOUSE,
    Department.FINANCE,
  ]);
  await notices.sign(heads.DISPATCH, String(pending.id), Department.DISPATCH);
  await notices.create(sales2, String(hefei.id), OperationNoticeKind.RETURNING_CUSTOMER, [
    Department.MARKET,
    Department.FINANCE,
  ]);

  // Pickup notices: pending, signed and rejected.
  await pickups.create(sales1, String(acme.id), addDays(today, 2), '电子元件 40 箱');
  const signed = await pickups.create(sales2, String(jinling.id), addDays(today, 1), '冷冻食品 12 托');
  await pickups.sign(dispatcher, String(signed.id));
  const refused = await pickups.create(sales2, String(wuxi.id), addDays(today, 3), '新材料卷材 6 卷');
  await pickups.reject(dispatcher, String(refused.id), '当天车辆已排满，请改期');
}
