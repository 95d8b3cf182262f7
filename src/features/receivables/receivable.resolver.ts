import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { LocalDateScalar } from '../../graphql/local-date';
import { MoneyScalar } from '../../graphql/money';
import { Customer } from '../customers';
import { Staff } from '../staff';
import { Statement } from '../statements';
import { Receivable } from '../ledger';
import {
  AgingFigures,
  AgingReport,
  AgingRow,
  MonthlyReceivablesOwnerRow,
  MonthlyReceivablesReport,
  MonthlyReceivablesRow,
  ReceivablesFigures,
} from './reports.types';
import { signedIn } from '../../auth/actor';
import { whenSettled } from './receivable.loaders';

@ObjectType({ description: 'A page of receivables, newest first.' })
export class ReceivableConnection extends ConnectionType(Receivable, 'Receivable') {}

@InputType({ description: 'Filters of the receivables list.' })
class ReceivableFilter {
  @Field(() => ID, { nullable: true, description: "Only this customer's." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only customers owned by this salesperson.' })
  ownerId?: string | null;

  @Field({ nullable: true, description: 'true: past due and not settled; false: the others.' })
  overdue?: boolean;

  @Field({ nullable: true, description: 'true: fully paid; false: still open.' })
  settled?: boolean;
}

@ArgsType()
class ReceivablesArgs extends PageArgs {
  @Field(() => ReceivableFilter, {
    nullable: true,
    description: 'Narrow the list by customer, owner, overdue or settled.',
  })
  filter?: ReceivableFilter | null;
}

@Resolver(() => Receivable)
export class ReceivableResolver {
  @Query(() => ReceivableConnection, {
    description: "Receivables (confirmed statements), newest first (a salesperson sees own customers' only).",
  })
  receivables(@Args() args: ReceivablesArgs, @Ctx() ctx: Context) {
    return ctx.services.receivables.list(signedIn(ctx), args, args.filter ?? {});
  }

  @Query(() => MonthlyReceivablesReport, {
    description: 'The first-of-month receivables report for a month ("2026-10"), in the company\'s time zone.',
  })
  monthlyReceivablesReport(
    @Arg('month', { description: `The month, as YYYY-MM (e.g. 2026-10). ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.monthly(month);
  }

  @Query(() => AgingReport, { description: 'Outstanding receivables by days past due on `asOf` (default today).' })
  agingReport(
    @Arg('asOf', () => LocalDateScalar, {
      description: `The day to age receivables on; today (company time zone) when omitted. ${WINDOW_TEXT.any}`,
      nullable: true,
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.aging(asOf);
  }

  @FieldResolver(() => Customer, { description: 'The customer who owes it.' })
  customer(@Root() r: Receivable, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Statement, { description: 'The confirmed statement.' })
  statement(@Root() r: Receivable, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(r.statementId);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "What is still unpaid. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  outstanding(@Root() r: Receivable, @Ctx() ctx: Context) {
    return whenSettled(ctx.loaders, r.id, (settled) => r.amount - settled);
  }

  @FieldResolver(() => Boolean, { description: 'Fully paid.' })
  settled(@Root() r: Receivable, @Ctx() ctx: Context) {
    return whenSettled(ctx.loaders, r.id, (settled) => settled >= r.amount);
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not fully paid.' })
  overdue(@Root() r: Receivable, @Ctx() ctx: Context) {
    if (!(r.dueDate < ctx.services.receivables.today())) return false;
    return whenSettled(ctx.loaders, r.id, (settled) => settled < r.amount);
  }
}

@Resolver(() => MonthlyReceivablesRow)
export class MonthlyReceivablesRowResolver {
  @FieldResolver(() => Customer, { description: 'The customer of this row.' })
  customer(@Root() r: MonthlyReceivablesRow, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The owning salesperson.' })
  owner(@Root() r: MonthlyReceivablesRow, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.ownerId);
  }
}

@Resolver(() => MonthlyReceivablesReport)
export class MonthlyReceivablesReportResolver {
  @FieldResolver(() => [MonthlyReceivablesRow], {
    description: 'One row per customer with a balance or movement, by owner then customer.',
  })
  rows(@Root() report: MonthlyReceivablesReport, @Ctx() ctx: Context) {
    return ctx.services.reports.monthlyRows(report);
  }

  @FieldResolver(() => [MonthlyReceivablesOwnerRow], { description: 'Subtotals per owning salesperson.' })
  byOwner(@Root() report: MonthlyReceivablesReport, @Ctx() ctx: Context) {
    return (report.byOwnerOnce ??= ctx.services.reports.monthlyByOwner(report));
  }

  @FieldResolver(() => ReceivablesFigures, { description: 'Totals over all rows.' })
  async totals(@Root() report: MonthlyReceivablesReport, @Ctx() ctx: Context) {
    return ctx.services.reports.monthlyTotals(await this.byOwner(report, ctx));
  }
}

@Resolver(() => MonthlyReceivablesOwnerRow)
export class MonthlyReceivablesOwnerRowResolver {
  @FieldResolver(() => Staff, { description: 'The owning salesperson.' })
  owner(@Root() r: MonthlyReceivablesOwnerRow, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.ownerId);
  }
}

@Resolver(() => AgingReport)
export class AgingReportResolver {
  @FieldResolver(() => [AgingRow], {
    description: 'One row per customer that owes anything on asOf, with the outstanding amount split by days past due.',
  })
  rows(@Root() report: AgingReport, @Ctx() ctx: Context) {
    return ctx.services.reports.agingRows(report);
  }

  @FieldResolver(() => AgingFigures, { description: 'The columns summed over all rows.' })
  totals(@Root() report: AgingReport, @Ctx() ctx: Context) {
    return ctx.services.reports.agingTotals(report);
  }
}

@Resolver(() => AgingRow)
export class AgingRowResolver {
  @FieldResolver(() => Customer, { description: 'The customer who owes these amounts.' })
  customer(@Root() r: AgingRow, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(r.customerId);
  }
}
