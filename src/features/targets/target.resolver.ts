import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { Fen, MoneyScalar } from '../../graphql/money';
import { Staff } from '../staff';
import { SalesTarget, SalesTargetChange } from './sales-target.entity';
import { AchievementRowData } from './target-achievement';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A target beside what was achieved.' })
export class AchievementFigures {
  @Field(() => MoneyScalar, { description: 'The target (0.00 when none was set).' })
  target: Fen;

  @Field(() => MoneyScalar, { description: 'What was achieved in the month.' })
  actual: Fen;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target × 100, rounded to one decimal; null when the target is zero.',
  })
  percent: number | null;

  @Field(() => MoneyScalar, {
    description: 'What remains to reach the target: target − actual, and 0.00 once reached.',
  })
  gap: Fen;
}

@ObjectType({ description: "One salesperson's month: sales and collections against their targets." })
export class TargetAchievementRow {
  @Field(() => Staff, { description: 'The salesperson.' })
  staff: Staff;

  staffId: number;

  @Field({ description: 'The month, "2026-10".' })
  month: string;

  @Field({ description: 'Whether targets were set for this salesperson and month (if not, both targets are 0.00).' })
  targetSet: boolean;

  @Field(() => AchievementFigures, {
    nullable: true,
    description:
      "Sales: confirmed statement totals of the salesperson's own customers (owner at the end of the confirmation day), by confirmation day in the month. Seen by the salesperson and DIRECTOR, MANAGER, ASSISTANT_MANAGER.",
  })
  sales: AchievementFigures;

  @Field(() => AchievementFigures, {
    nullable: true,
    description:
      "Collections: payments received from the salesperson's own customers (owner at the end of the day received), by the day received in the month. Seen like sales.",
  })
  collections: AchievementFigures;
}

@ObjectType({ description: "The department's month: the sums of every salesperson's targets and achievements." })
export class DepartmentAchievement {
  staffId: null;

  @Field(() => Int, { description: "How many salespeople the sums cover (the report's rows)." })
  salespeople: number;

  @Field(() => AchievementFigures, {
    description: "Sum of the rows' sales targets and sales; percent and gap of those sums.",
  })
  sales: AchievementFigures;

  @Field(() => AchievementFigures, {
    description: "Sum of the rows' collection targets and collections; percent and gap of those sums.",
  })
  collections: AchievementFigures;
}

@ObjectType({
  description:
    'Target achievement (目标完成情况) for a month: per salesperson and for the department. Figures reconcile exactly with the statements confirmed and payments received in the month (company time zone).',
})
export class TargetAchievementReport {
  @Field({ description: 'The month, "2026-10".' })
  month: string;

  @Field(() => [TargetAchievementRow], {
    description:
      'One row per active salesperson and per anyone with a target that month, by name. A salesperson gets only their own row.',
  })
  rows: AchievementRowData[];

  @Field(() => DepartmentAchievement, {
    nullable: true,
    description: "The department's sums (DIRECTOR, MANAGER, ASSISTANT_MANAGER; null with FORBIDDEN to a salesperson).",
  })
  department: DepartmentAchievement;
}

@ObjectType({ description: 'A page of target settings and changes, newest first.' })
export class SalesTargetChangeConnection extends ConnectionType(SalesTargetChange, 'SalesTargetChange') {}

@ArgsType()
class SalesTargetChangesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this salesperson's targets." })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: `Only targets of this month, "2026-10". ${WINDOW_TEXT.month}` })
  month?: string | null;
}

@Resolver(() => SalesTarget)
export class SalesTargetResolver {
  @Mutation(() => SalesTarget, {
    description:
      "Sets a salesperson's monthly sales and collection targets (DIRECTOR, MANAGER); setting again changes them. Only for active salespeople (anyone else is BAD_USER_INPUT on staffId). " +
      'Once the month has begun (company time zone) a reason is required (BAD_USER_INPUT on reason); every setting is kept with who and why (salesTargetChanges) and audited.',
  })
  setSalesTarget(
    @Arg('staffId', () => ID, { description: 'The salesperson.' }) staffId: string,
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Arg('salesTarget', () => MoneyScalar, {
      description: 'Confirmed statement totals of own customers to reach in the month; 0 or more.',
    })
    salesTarget: Fen,
    @Arg('collectionTarget', () => MoneyScalar, {
      description: 'Payments from own customers to receive in the month; 0 or more.',
    })
    collectionTarget: Fen,
    @Arg('reason', () => String, { nullable: true, description: 'Why: required once the month has begun.' })
    reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.targets.set(signedIn(ctx), { staffId, month, salesTarget, collectionTarget, reason });
  }

  @Query(() => TargetAchievementReport, {
    description:
      'Target achievement for a month (SALESPERSON: own row only; DIRECTOR, MANAGER, ASSISTANT_MANAGER: every row and the department). ' +
      "A statement counts on its confirmation day, a payment on the day it was received (company-local days), for the customer's owner at the end of that day.",
  })
  targetAchievement(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.targets.achievement(signedIn(ctx), month);
  }

  @Query(() => SalesTargetChangeConnection, {
    description: 'Every setting and change of targets, with who and why, newest first (DIRECTOR, MANAGER).',
  })
  salesTargetChanges(@Args() args: SalesTargetChangesArgs, @Ctx() ctx: Context) {
    return ctx.services.targets.changes(args);
  }

  @FieldResolver(() => Staff, { description: 'The salesperson.' })
  staff(@Root() t: SalesTarget, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(t.staffId);
  }

  @FieldResolver(() => Staff, { description: 'Who last set it.' })
  setBy(@Root() t: SalesTarget, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(t.setById);
  }
}

@Resolver(() => SalesTargetChange)
export class SalesTargetChangeResolver {
  @FieldResolver(() => Staff, { description: 'The salesperson whose target it is.' })
  staff(@Root() c: SalesTargetChange, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(c.staffId);
  }

  @FieldResolver(() => Staff, { description: 'Who set or changed it.' })
  changedBy(@Root() c: SalesTargetChange, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(c.changedById);
  }
}
