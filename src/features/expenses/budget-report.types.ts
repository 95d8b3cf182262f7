import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';

/** Expenses per yuan of confirmed sales, to four decimals; null without confirmed sales. */
export function expenseRatio(approved: Fen, confirmedSales: Fen): number | null {
  return confirmedSales > 0 ? Math.round((approved / confirmedSales) * 10_000) / 10_000 : null;
}

@ObjectType({
  description:
    "One staff member's budget row: budget, approved and pending claims, what remains, and the input-output ratio (投入产出比).",
})
export class BudgetRow {
  staffId: number;

  @Field(() => MoneyScalar, {
    description:
      "The person's budget for the period (the monthly one for a month, the yearly one for a year); 0.00 when none is set.",
  })
  budget: Fen;

  @Field(() => MoneyScalar, { description: 'Approved claims spent in the period (by spentOn).' })
  approved: Fen;

  @Field(() => MoneyScalar, {
    description: 'Claims spent in the period still waiting for a decision. Rejected claims count nowhere.',
  })
  pending: Fen;

  @Field(() => MoneyScalar, {
    description:
      'budget - approved; negative when a DIRECTOR approved beyond the budget. Pending claims are not subtracted.',
  })
  remaining: Fen;

  @Field(() => Int, { description: 'How many approved claims make up `approved`.' })
  approvedClaims: number;

  @Field(() => MoneyScalar, {
    description:
      'Confirmed sales: totals of statements confirmed in the period (by confirmation day) for customers the person owned that day, as in the monthly revenue report.',
  })
  confirmedSales: Fen;

  @Field(() => Float, {
    nullable: true,
    description:
      'Input-output ratio (投入产出比): approved ÷ confirmedSales, to four decimals (0.0250 is 2.5 fen of expense per yuan of sales); null without confirmed sales.',
  })
  ratio: number | null;
}

@ObjectType({
  description:
    "The department's totals. approved, pending, allocated and confirmedSales are exactly the sums of the rows; budget is the department's own budget (set without a staff member), the ceiling the personal budgets are allocated from.",
})
export class BudgetTotals {
  @Field(() => MoneyScalar, {
    description: "The department's own budget for the period (setBudget without staffId); 0.00 when none is set.",
  })
  budget: Fen;

  @Field(() => MoneyScalar, { description: "The sum of the rows' personal budgets." })
  allocated: Fen;

  @Field(() => MoneyScalar, {
    description:
      'budget - allocated: what is not yet allocated to a person (negative when more is allocated than budgeted).',
  })
  unallocated: Fen;

  @Field(() => MoneyScalar, { description: "The sum of the rows' approved claims." })
  approved: Fen;

  @Field(() => MoneyScalar, { description: "The sum of the rows' pending claims." })
  pending: Fen;

  @Field(() => MoneyScalar, { description: "budget - approved: what remains of the department's budget." })
  remaining: Fen;

  @Field(() => MoneyScalar, { description: "The sum of the rows' confirmed sales." })
  confirmedSales: Fen;

  @Field(() => Float, {
    nullable: true,
    description: 'approved ÷ confirmedSales for the department, to four decimals; null without confirmed sales.',
  })
  ratio: number | null;
}

@ObjectType({
  description:
    "The budget report (销售费用预算执行表) for a year or a month: one row per person with a budget, a claim or confirmed sales in the period, and the department's totals. A salesperson gets only their own row and no totals.",
})
export class BudgetReport {
  @Field(() => Int, { description: 'The year reported.' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'The month reported (1-12), or null for the whole year.' })
  month: number | null;

  @Field(() => LocalDateScalar, { description: 'The first day of the period (company time zone).' })
  firstDay: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The last day of the period (company time zone).' })
  lastDay: LocalDate;

  @Field(() => [BudgetRow], { description: 'One row per person, by name. A salesperson sees only their own row.' })
  rows: BudgetRow[];

  @Field(() => BudgetTotals, {
    nullable: true,
    description: "The department's totals (leaders and the assistant manager; anyone else gets null with FORBIDDEN).",
  })
  department: BudgetTotals;
}
