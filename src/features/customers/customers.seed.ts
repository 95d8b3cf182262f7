import { In } from 'typeorm';
import { inTransaction } from '../../db/transaction';
import { addDays, startOfLocalDay } from '../../time';
import { DEMO_CUSTOMERS } from '../../seed/demo-customers';
import { SeedContext } from '../../seed/seed-context';
import { Department } from '../../domain/roles';
import { Customer } from './customer.entity';
import { ContactPerson } from './contact-person.entity';
import { claimPhone } from './customer-phones';
import { OwnershipChange } from './ownership-change.entity';
import { IntentReport } from './intent-report.entity';
import { LostCustomerAnalysis } from './lost-customer-analysis.entity';
import { SatisfactionScore, SatisfactionSurvey } from './satisfaction-survey.entity';
import { ContactKind, ContactLogEntry } from './contact-log-entry.entity';
import { ContactAccess } from './contact-access.entity';

/** The demo customers by name, for feature seeds that add records to them. */
export async function demoCustomersByName(ctx: SeedContext): Promise<Map<string, Customer>> {
  const rows = await ctx.db.getRepository(Customer).find({ where: { name: In(DEMO_CUSTOMERS.map((c) => c.name)) } });
  return new Map(rows.map((c) => [c.name, c]));
}

/**
 * Demo records of the customers feature: registration history, extra contact persons, an intent
 * report, a lost-customer analysis, satisfaction surveys, contact log entries and one logged read
 * of contact details by a non-owner.
 */
export async function seedCustomerRecords(ctx: SeedContext): Promise<void> {
  const customers = await demoCustomersByName(ctx);
  const c = (name: string) => {
    const found = customers.get(name);
    if (!found) throw new Error(`Demo customer ${name} is missing`);
    return found;
  };
  const at = (daysAgo: number, hour: number) =>
    new Date(startOfLocalDay(ctx.config.timeZone, addDays(ctx.today, -daysAgo)).getTime() + hour * 3_600_000);
  const { sales1, sales2, manager, collector } = ctx.staff;
  await inTransaction(ctx.db, async (m) => {
    for (const customer of customers.values()) {
      await m.insert(OwnershipChange, {
        customerId: customer.id,
        fromOwnerId: null,
        toOwnerId: customer.ownerId,
        reason: 'registered (first contact)',
        changedById: customer.ownerId,
      });
    }
    const contacts = [
      {
        customerId: c('上海 Acme 物流有限公司').id,
        name: '黄小姐',
        phone: '02150001234',
        title: '仓储主管',
        addedById: sales1.id,
      },
      {
        customerId: c('上海 Acme 物流有限公司').id,
        name: '李会计',
        phone: '02150005678',
        title: '财务（对账）',
        addedById: sales1.id,
      },
      {
        customerId: c('南京金陵食品有限公司').id,
        name: '孙主任',
        phone: '02584001122',
        title: '物流部主任',
        addedById: sales2.id,
      },
    ];
    for (const contact of contacts) await claimPhone(m, contact.customerId, contact.phone);
    await m.insert(ContactPerson, contacts);
    await m.insert(IntentReport, {
      customerId: c('苏州恒通电子有限公司').id,
      reportedById: sales1.id,
      details: '电子元器件，每月约 30 吨，苏州-上海-杭州线路；希望月结，预计下月试运一批。',
    });
    await m.insert(LostCustomerAnalysis, {
      customerId: c('合肥长江家电有限公司').id,
      recordedById: sales2.id,
      reasons: '竞争对手报价低 8%，且我方合肥线路时效不稳定。',
      retentionActions: '两次上门拜访，申请了运价调整（未获批），承诺改善时效；客户仍转投对手。',
    });
    const surveys: Array<{
      customer: string;
      by: number;
      daysAgo: number;
      comments: string;
      scores: Array<[Department, number]>;
    }> = [
      {
        customer: '上海 Acme 物流有限公司',
        by: sales1.id,
        daysAgo: 20,
        comments: '提货及时，对账单偶有差错。',
        scores: [
          [Department.DISPATCH, 5],
          [Department.WAREHOUSE, 4],
          [Department.FINANCE, 3],
          [Department.OPERATIONS, 4],
        ],
      },
      {
        customer: '南京金陵食品有限公司',
        by: sales2.id,
        daysAgo: 15,
        comments: '冷链温控满意，希望仓库周末也能出货。',
        scores: [
          [Department.DISPATCH, 4],
          [Department.WAREHOUSE, 3],
          [Department.FINANCE, 5],
        ],
      },
      {
        customer: '杭州顺达贸易有限公司',
        by: manager.id,
        daysAgo: 5,
        comments: '整体满意。',
        scores: [
          [Department.DISPATCH, 4],
          [Department.OPERATIONS, 5],
        ],
      },
    ];
    for (const s of surveys) {
      const result = await m.insert(SatisfactionSurvey, {
        customerId: c(s.customer).id,
        surveyedById: s.by,
        surveyedOn: addDays(ctx.today, -s.daysAgo),
        comments: s.comments,
      });
      const surveyId = Number(result.identifiers[0].id);
      await m.insert(
        SatisfactionScore,
        s.scores.map(([department, score]) => ({ surveyId, department, score })),
      );
    }
    await m.insert(ContactLogEntry, [
      {
        customerId: c('宁波港联进出口有限公司').id,
        staffId: sales1.id,
        kind: ContactKind.CALL,
        summary: '首次电话联系，介绍宁波-上海整车业务。',
        contactedAt: at(10, 10),
      },
      {
        customerId: c('宁波港联进出口有限公司').id,
        staffId: sales1.id,
        kind: ContactKind.MATERIALS_SENT,
        summary: '邮寄公司简介和运价表。',
        contactedAt: at(8, 15),
      },
      {
        customerId: c('常州绿源农产品有限公司').id,
        staffId: sales2.id,
        kind: ContactKind.CALL,
        summary: '询问农产品冷链需求，约下周拜访。',
        contactedAt: at(3, 11),
      },
      {
        customerId: c('苏州恒通电子有限公司').id,
        staffId: sales1.id,
        kind: ContactKind.MESSAGE,
        summary: '微信发送试运方案。',
        contactedAt: at(2, 16),
      },
    ]);
    await m.insert(ContactAccess, {
      staffId: collector.id,
      customerId: c('南京金陵食品有限公司').id,
      ownerId: sales2.id,
    });
  });
}
