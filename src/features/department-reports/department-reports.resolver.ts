import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { Fen, MoneyScalar } from '../../graphql/money';
import { Staff } from '../staff';
import { Customer } from '../customers';

@ObjectType({
  description:
    "One staff member's line of the monthly workload statistics (工作量统计), counted in the company's time zone.",
})
export class WorkloadRow {
  @Field(() => Staff, { description: 'The staff member.' })
  staff: Staff;

  @Field({ description: 'The month, e.g. "2026-10".' })
  month: string;

  @Field(() => Int, {
    description: 'Visits (拜访) this staff member completed in the month (by the time they completed them).',
  })
  visitsCompleted: number;

  @Field(() => Int, {
    description:
      'New customers this staff member made first contact with (and so owns) in the month, whoever entered them.',
  })
  customersRegistered: number;

  @Field(() => Int, { description: 'Intent reports (意向客户报告) this staff member filed in the month.' })
  intentReports: number;

  @Field(() => Int, {
    description:
      'Approval requests (fee changes, arrears, deductions, settlement changes…) this staff member filed in the month, whatever their outcome.',
  })
  requestsFiled: number;

  @Field(() => Int, {
    description: 'Statements (托运清单列表) this staff member issued in the month, whatever became of them since.',
  })
  statementsIssued: number;

  @Field(() => MoneyScalar, {
    description: 'The sum of the payments this staff member recorded as received (收款) on a day of the month.',
  })
  amountCollected: Fen;
}

@ObjectType({
  description:
    "One customer's line of the monthly revenue report (月度营收报表): the statements it confirmed in the month.",
})
export class RevenueByCustomer {
  customerId: number;

  @Field(() => Int, { description: "How many of the customer's statements were confirmed in the month." })
  statements: number;

  @Field(() => MoneyScalar, { description: "The sum of those statements' confirmed totals." })
  total: Fen;
}

@ObjectType({
  description:
    "One salesperson's line of the monthly revenue report (月度营收报表): the statements confirmed in the month by the customers they owned.",
})
export class RevenueBySalesperson {
  salespersonId: number;

  @Field(() => Int, { description: 'How many customers contributed to this line.' })
  customers: number;

  @Field(() => Int, {
    description: 'How many statements were confirmed in the month for customers this salesperson owned at the time.',
  })
  statements: number;

  @Field(() => MoneyScalar, { description: "The sum of those statements' confirmed totals." })
  total: Fen;
}

@ObjectType({
  description:
    'The monthly revenue report (月度营收报表): statements (托运清单列表) whose totals customers confirmed in the month (by the company day of confirmation), ' +
    "per customer and per owning salesperson. Each list's totals add up exactly to `total`; voided or unconfirmed statements do not count.",
})
export class MonthlyRevenueReport {
  @Field({ description: 'The month, e.g. "2026-10".' })
  month: string;

  @Field(() => Int, { description: 'How many statements were confirmed in the month.' })
  statements: number;

  @Field(() => MoneyScalar, {
    description: 'The sum of the confirmed totals: equal to the sum of `byCustomer` and to the sum of `bySalesperson`.',
  })
  total: Fen;

  @Field(() => [RevenueByCustomer], {
    description: 'Per customer with a statement confirmed in the month, the largest total first.',
  })
  byCustomer: RevenueByCustomer[];

  @Field(() => [RevenueBySalesperson], {
    description:
      'Per salesperson, the largest total first. A statement counts for the salesperson who owned the customer at the end of the day it was confirmed ' +
      "(from the customer's ownership history), not for a later owner after a reassignment.",
  })
  bySalesperson: RevenueBySalesperson[];
}

@Resolver()
export class DepartmentReportResolver {
  @Query(() => [WorkloadRow], {
    description:
      'The monthly workload statistics (工作量统计; ASSISTANT_MANAGER, MANAGER, DIRECTOR): one row per active staff member, and per anyone else with counted records that month, by name. ' +
      "Timestamps count in the company time zone's month; payments by the day they were received.",
  })
  workloadReport(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.departmentReports.workload(month);
  }

  @Query(() => MonthlyRevenueReport, {
    description:
      'The monthly revenue report (月度营收报表; ASSISTANT_MANAGER, MANAGER, DIRECTOR): the statements confirmed in the month, per customer and per owning salesperson ' +
      '(the owner when the statement was confirmed), with totals that reconcile exactly.',
  })
  monthlyRevenueReport(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.departmentReports.monthlyRevenue(month);
  }
}

@Resolver(() => RevenueByCustomer)
export class RevenueByCustomerResolver {
  @FieldResolver(() => Customer, { description: 'The customer.' })
  async customer(@Root() row: RevenueByCustomer, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(row.customerId);
  }
}

@Resolver(() => RevenueBySalesperson)
export class RevenueBySalespersonResolver {
  @FieldResolver(() => Staff, {
    description: 'The salesperson who owned the customers when their statements were confirmed.',
  })
  async salesperson(@Root() row: RevenueBySalesperson, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(row.salespersonId);
  }
}
