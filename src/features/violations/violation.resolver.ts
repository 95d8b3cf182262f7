import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { Staff } from '../staff';
import { Violation } from './violation.entity';
import { RecordViolationInput } from './violation.inputs';
import { signedIn } from '../../auth/actor';

@Resolver(() => Violation)
export class ViolationResolver {
  @Mutation(() => Violation, {
    description:
      'Records a violation (违纪) against a staff member (MANAGER, DIRECTOR). The fine follows from the kind (10.00 or 50.00); ' +
      'compensation is the loss the person bears. It counts in the payroll summary of the month it happened. Audited.',
  })
  recordViolation(
    @Arg('input', { description: 'Who committed the violation (违纪), its kind, the day and any compensation.' })
    input: RecordViolationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.violations.record(signedIn(ctx), input);
  }

  @Query(() => [Violation], {
    description:
      "Violations, newest first. A staff member sees only their own (asking for another's is FORBIDDEN); ASSISTANT_MANAGER, MANAGER and DIRECTOR see all.",
  })
  violations(
    @Arg('staffId', () => ID, { nullable: true, description: "Only this staff member's." }) staffId: string | null,
    @Arg('month', () => String, {
      nullable: true,
      description: `Only those that happened in this month, "2026-10". ${WINDOW_TEXT.month}`,
    })
    month: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.violations.list(signedIn(ctx), { staffId, month });
  }

  @FieldResolver(() => Staff, { description: 'The staff member who broke the rule.' })
  async staff(@Root() violation: Violation, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(violation.staffId);
  }

  @FieldResolver(() => Staff, { description: 'The leader who recorded it.' })
  async recordedBy(@Root() violation: Violation, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(violation.recordedById);
  }
}
