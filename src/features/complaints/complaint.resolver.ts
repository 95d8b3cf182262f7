import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
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
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer, SatisfactionSurvey } from '../customers';
import { Staff } from '../staff';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintFilter, ComplaintInput } from './complaint.inputs';
import { isOverdue } from './complaint.service';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of complaints, newest first.' })
export class ComplaintConnection extends ConnectionType(Complaint, 'Complaint') {}

@ArgsType()
class ComplaintsArgs extends PageArgs {
  @Field(() => ComplaintFilter, { nullable: true, description: 'Filters: customer, handler, status, overdue.' })
  filter?: ComplaintFilter | null;
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Mutation(() => Complaint, {
    description:
      'Records a complaint a customer made (客户投诉; any signed-in staff member who heard it). It starts OPEN until a leader assigns a handler. Audited. ' +
      "The recorder sees its details afterwards only as the customer's owner, its handler or a leader.",
  })
  recordComplaint(
    @Arg('input', { description: 'The customer, what happened and how serious it is.' }) input: ComplaintInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.complaints.record(signedIn(ctx), input);
  }

  @Mutation(() => Complaint, {
    description:
      'Assigns a complaint to a handler with a due date (MANAGER, DIRECTOR); assigning again replaces handler and due date. A resolved complaint is CONFLICT; an inactive handler is BAD_USER_INPUT. Audited.',
  })
  assignComplaint(
    @Arg('id', () => ID, { description: 'The complaint.' }) id: string,
    @Arg('handlerId', () => ID, { description: 'The staff member who will handle it (active).' }) handlerId: string,
    @Arg('dueDate', () => LocalDateScalar, {
      description: `The day by which it must be resolved. ${WINDOW_TEXT.upcoming}`,
    })
    dueDate: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.complaints.assign(signedIn(ctx), id, handlerId, dueDate);
  }

  @Mutation(() => Complaint, {
    description:
      'Records the resolution of an assigned complaint: only its handler, once (FORBIDDEN for anyone else; CONFLICT when still OPEN or already resolved). ' +
      'Resolved on or before the due date (company-local day) counts as handled in time in the performance ranking. Audited.',
  })
  resolveComplaint(
    @Arg('id', () => ID, { description: 'The complaint.' }) id: string,
    @Arg('resolution', { description: 'What was done for the customer.' }) resolution: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.complaints.resolve(signedIn(ctx), id, resolution);
  }

  @Mutation(() => Complaint, {
    description:
      "Links the customer's satisfaction follow-up survey (recordSatisfactionSurvey) to a resolved complaint (its handler or a leader), once: " +
      'the survey must be of the same customer and taken on or after the day the complaint was recorded. Audited.',
  })
  linkComplaintFollowUp(
    @Arg('id', () => ID, { description: 'The resolved complaint.' }) id: string,
    @Arg('surveyId', () => ID, { description: 'The satisfaction survey taken to follow it up.' }) surveyId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.complaints.linkFollowUp(signedIn(ctx), id, surveyId);
  }

  @Query(() => ComplaintConnection, {
    description:
      'Complaints, newest first. Leaders (MANAGER, DIRECTOR) see all; anyone else sees those of customers they own and those assigned to them. ' +
      'filter: { overdue: true } lists the overdue ones (assigned, unresolved, due before today).',
  })
  complaints(@Args() args: ComplaintsArgs, @Ctx() ctx: Context) {
    return ctx.services.complaints.list(signedIn(ctx), args);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "What happened, as the customer told it. A detail: null with FORBIDDEN unless the caller is the customer's owner, the handler or a leader.",
  })
  description(@Root() c: Complaint) {
    return c.description;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "What the handler did; null until resolved. A detail: null with FORBIDDEN unless the caller is the customer's owner, the handler or a leader.",
  })
  resolution(@Root() c: Complaint) {
    return c.resolution;
  }

  @FieldResolver(() => SatisfactionSurvey, {
    nullable: true,
    description:
      "The satisfaction follow-up survey linked to it, if any. A detail: null with FORBIDDEN unless the caller is the customer's owner, the handler or a leader.",
  })
  followUpSurvey(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.followUpSurveyId === null ? null : ctx.loaders.satisfactionSurvey.load(c.followUpSurveyId);
  }

  @FieldResolver(() => Customer, { description: 'The customer who complained.' })
  customer(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(c.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(c.recordedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who handles it; null while OPEN.' })
  handler(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.handlerId === null ? null : ctx.loaders.staff.load(c.handlerId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who last assigned it; null while OPEN.' })
  assignedBy(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.assignedById === null ? null : ctx.loaders.staff.load(c.assignedById);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when assigned, not resolved, and its due date is before today (company time zone).',
  })
  overdue(@Root() c: Complaint, @Ctx() ctx: Context) {
    return isOverdue(c, ctx.services.complaints.today());
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether it was resolved on or before its due date (company-local day); null until resolved.',
  })
  handledInTime(@Root() c: Complaint) {
    return c.status === ComplaintStatus.RESOLVED && c.resolvedOn !== null && c.dueDate !== null
      ? c.resolvedOn <= c.dueDate
      : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Handling time in whole hours, from recording to resolution; null until resolved.',
  })
  handlingHours(@Root() c: Complaint) {
    return c.resolvedAt === null ? null : Math.floor((c.resolvedAt.getTime() - c.recordedAt.getTime()) / 3_600_000);
  }
}
