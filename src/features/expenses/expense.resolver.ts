import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Fen, MoneyScalar } from '../../graphql/money';
import { ApprovalKind, ApprovalRequest } from '../approvals';
import { Customer } from '../customers';
import { Staff } from '../staff';
import { Budget, DEPARTMENT, WHOLE_YEAR } from './budget.entity';
import { PERIOD_TEXT } from './budget-period';
import { BudgetReport, BudgetRow } from './budget-report.types';
import { ExpenseClaim } from './expense-claim.entity';
import { ExpenseClaimInput } from './expense.inputs';
import { signedIn } from '../../auth/actor';

@Resolver(() => Budget)
export class BudgetResolver {
  @Mutation(() => Budget, {
    description:
      "Sets (or replaces) an expense budget (销售预算) for a year or a month: a staff member's, or without staffId the department's. " +
      "The DIRECTOR sets any; a MANAGER only the budgets of the people they lead (not their own, another MANAGER's or DIRECTOR's, nor the department's: FORBIDDEN). " +
      'A budget not set is zero. Audited with the amount before and after.',
  })
  setBudget(
    @Arg('staffId', () => ID, {
      nullable: true,
      description: "Whose budget; omit for the department's own budget (DIRECTOR only).",
    })
    staffId: string | null,
    @Arg('year', () => Int, { description: PERIOD_TEXT.year }) year: number,
    @Arg('month', () => Int, {
      nullable: true,
      description: `${PERIOD_TEXT.month} A MANAGER may approve a claim only within both the monthly and the yearly budget.`,
    })
    month: number | null,
    @Arg('amount', () => MoneyScalar, { description: 'The budget in yuan, from 0.00 to 100000000.00.' }) amount: Fen,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.budgets.set(signedIn(ctx), staffId ?? null, year, month ?? null, amount);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      "Files an expense claim (费用报销) as the spender: an EXPENSE approval request. A MANAGER may approve it when it fits the spender's remaining monthly and yearly budget " +
      '(judged when deciding, on the claims approved by then) and the per-claim limit; beyond either only a DIRECTOR (a MANAGER gets FORBIDDEN with the reason). Nobody approves their own claim (SELF_APPROVAL).',
  })
  fileExpenseClaim(
    @Arg('input', { description: 'What was spent, on what, when, for which customer, and the receipt.' })
    input: ExpenseClaimInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.expenseClaims.file(signedIn(ctx), input);
  }

  @Query(() => BudgetReport, {
    description:
      "The budget report for a year or a month: per person budget, approved and pending claims, remaining, confirmed sales and the input-output ratio, and the department's totals. " +
      'Leaders and the assistant manager see every row and the totals; anyone else only their own row, and the totals are null with FORBIDDEN.',
  })
  budgetReport(
    @Arg('year', () => Int, { description: PERIOD_TEXT.year }) year: number,
    @Arg('month', () => Int, { nullable: true, description: PERIOD_TEXT.month }) month: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.budgetReport.report(signedIn(ctx), year, month ?? null);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: "Whose budget it is; null for the department's own budget.",
  })
  staff(@Root() b: Budget, @Ctx() ctx: Context) {
    return b.staffId === DEPARTMENT ? null : ctx.loaders.staff.load(b.staffId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The month (1-12) the budget is for; null for a yearly budget.',
  })
  month(@Root() b: Budget) {
    return b.month === WHOLE_YEAR ? null : b.month;
  }

  @FieldResolver(() => Staff, { description: 'Who last set the amount.' })
  setBy(@Root() b: Budget, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(b.setById);
  }
}

@Resolver(() => BudgetRow)
export class BudgetRowResolver {
  @FieldResolver(() => Staff, { description: 'The person the row is for.' })
  staff(@Root() r: BudgetRow, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.staffId);
  }
}

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @FieldResolver(() => Staff, {
    description: 'Who spent the money and filed the claim; it counts against their budget.',
  })
  spender(@Root() c: ExpenseClaim, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(c.spenderId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the money was spent for, if any.' })
  customer(@Root() c: ExpenseClaim, @Ctx() ctx: Context) {
    return c.customerId === null ? null : ctx.loaders.customer.load(c.customerId);
  }
}

/** The expense details on the approval request they belong to. */
@Resolver(() => ApprovalRequest)
export class ExpenseRequestResolver {
  @FieldResolver(() => ExpenseClaim, {
    nullable: true,
    description:
      "EXPENSE: the claim's details (amount, category, day, customer, receipt); null for other kinds. Seen by the spender and the leaders and assistant manager; anyone else gets null with FORBIDDEN.",
  })
  expense(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.kind === ApprovalKind.EXPENSE ? ctx.loaders.expenseClaimByRequest.load(r.id) : null;
  }
}
