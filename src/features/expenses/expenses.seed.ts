import { approvalHooksFor } from '../../services';
import { Actor } from '../../auth/actor';
import { SeedContext } from '../../seed/seed-context';
import { addDays } from '../../time';
import { Customer } from '../customers/customer.entity';
import { Staff } from '../staff/staff.entity';
import { ApprovalDecisionService } from '../approvals/approval-decision.service';
import { BudgetService } from './budget.service';
import { ExpenseClaimService } from './expense-claim.service';
import { ExpenseCategory } from './expense-enums';

const actor = (s: Staff): Actor => ({ id: s.id, name: s.name, roles: s.roles, department: s.department });

/**
 * The demo budgets and expense claims, made through the services as users would: the DIRECTOR
 * budgets the department, the MANAGER the two salespeople, for this year and this month; claims
 * spent this month (today or the 1st, never after today) approved, pending and rejected, one from
 * last month approved by the DIRECTOR (last month may lie in last year, which has no budget), and
 * one above the MANAGER's per-claim limit waiting for the DIRECTOR.
 */
export async function seedDemoExpenses(ctx: SeedContext): Promise<void> {
  const { staff, today } = ctx;
  const budgets = new BudgetService(ctx.db, ctx.config.timeZone);
  const claims = new ExpenseClaimService(ctx.db, ctx.config.timeZone, ctx.config.expenseClaimManagerLimit);
  const decisions = new ApprovalDecisionService(ctx.db, ctx.config, approvalHooksFor(ctx.config));
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const lastMonth = addDays(firstOfMonth, -1);

  await budgets.set(actor(staff.director), null, year, null, 300_000_00);
  await budgets.set(actor(staff.director), null, year, month, 25_000_00);
  await budgets.set(actor(staff.manager), String(staff.sales1.id), year, null, 36_000_00);
  await budgets.set(actor(staff.manager), String(staff.sales1.id), year, month, 3_000_00);
  await budgets.set(actor(staff.manager), String(staff.sales2.id), year, null, 24_000_00);
  await budgets.set(actor(staff.manager), String(staff.sales2.id), year, month, 2_000_00);

  const jinling = await ctx.db.getRepository(Customer).findOneByOrFail({ name: '南京金陵食品有限公司' });
  const acme = await ctx.db.getRepository(Customer).findOneByOrFail({ name: '上海 Acme 物流有限公司' });
  const file = (
    who: Staff,
    amount: number,
    category: ExpenseCategory,
    spentOn: string,
    receiptRef: string,
    description: string,
    customerId: number | null = null,
  ) =>
    claims.file(actor(who), {
      amount,
      category,
      spentOn,
      receiptRef,
      description,
      customerId: customerId === null ? null : String(customerId),
    });
  const approve = (by: Staff, id: number) => decisions.approve(actor(by), String(id), '同意');

  await approve(
    staff.manager,
    (
      await file(
        staff.sales1,
        386_50,
        ExpenseCategory.TRAVEL,
        firstOfMonth,
        'FP-31001',
        '上海—杭州 高铁往返，拜访杭州顺达',
      )
    ).id,
  );
  await approve(
    staff.manager,
    (
      await file(
        staff.sales1,
        620_00,
        ExpenseCategory.ENTERTAINMENT,
        today,
        'FP-31002',
        '与 Acme 物流采购部商务餐',
        acme.id,
      )
    ).id,
  );
  await file(staff.sales1, 240_00, ExpenseCategory.SAMPLES, today, 'FP-31003', '包装样品寄送', acme.id);
  await approve(
    staff.director,
    (await file(staff.sales1, 158_00, ExpenseCategory.COMMUNICATION, lastMonth, 'FP-30987', '上月话费')).id,
  );
  await approve(
    staff.manager,
    (await file(staff.sales2, 450_00, ExpenseCategory.GIFTS, today, 'FP-32001', '金陵食品中秋礼品', jinling.id)).id,
  );
  const rejected = await file(staff.sales2, 980_00, ExpenseCategory.ENTERTAINMENT, today, 'FP-32002', '无发票的招待费');
  await decisions.reject(actor(staff.manager), String(rejected.id), '发票缺失，请补交后重新申请');
  await file(
    staff.manager,
    6_800_00,
    ExpenseCategory.TRAVEL,
    firstOfMonth,
    'FP-33001',
    '部门赴南京客户回访差旅（超出经理审批额度，待总监审批）',
  );
}
