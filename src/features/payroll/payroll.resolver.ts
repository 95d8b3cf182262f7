import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { Fen, MoneyScalar } from '../../graphql/money';
import { Staff } from '../staff';

@ObjectType({
  description:
    "One staff member's line of the monthly payroll summary (工资汇总): attendance days, fines and compensation.",
})
export class PayrollRow {
  @Field(() => Staff, { description: 'The staff member.' })
  staff: Staff;

  @Field({ description: 'The month, e.g. "2026-10".' })
  month: string;

  @Field(() => Int, {
    description:
      'Days worked: days recorded PRESENT plus days on a business trip (出差 counts as a working day; see businessTripDays).',
  })
  daysPresent: number;

  @Field(() => Int, { description: 'Of daysPresent, the days on a business trip (BUSINESS_TRIP).' })
  businessTripDays: number;

  @Field(() => Int, {
    description: 'Days of excused absence: leave (请假, LEAVE) plus sick leave (SICK); see sickDays.',
  })
  leave: number;

  @Field(() => Int, { description: 'Of leave, the days of sick leave (SICK).' })
  sickDays: number;

  @Field(() => Int, {
    description: 'Days of unexcused absence (旷工), including days whose visit report a leader found false.',
  })
  unexcusedAbsences: number;

  @Field(() => Int, { description: 'Of unexcusedAbsences, the days that come from visit reports found false.' })
  absencesFromFalseVisitReports: number;

  @Field(() => Int, { description: 'How many violations (违纪) happened in the month.' })
  violations: number;

  @Field(() => MoneyScalar, {
    description: "The sum of the fines of the month's violations (by the day they happened).",
  })
  fines: Fen;

  @Field(() => MoneyScalar, { description: "The sum of the compensation owed for the month's violations." })
  compensation: Fen;

  @Field(() => MoneyScalar, {
    description: "fines + compensation: what is deducted from pay for the month's violations.",
  })
  totalDeductions: Fen;
}

@Resolver(() => PayrollRow)
export class PayrollResolver {
  @Query(() => [PayrollRow], {
    description:
      'The monthly payroll summary (ASSISTANT_MANAGER, MANAGER, DIRECTOR): one row per active staff member, and per anyone else with attendance or violations that month, by name. ' +
      "Counted from exactly the month's attendance records and violations.",
  })
  payrollSummary(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.payroll.summary(month);
  }
}
