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
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { Staff } from '../staff';
import { Visit } from './visit.entity';
import { VisitRequest } from './visit-request.entity';
import { PlanVisitInput, VisitFilter } from './visits.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of visits, newest first.' })
export class VisitConnection extends ConnectionType(Visit, 'Visit') {}

@ArgsType()
class VisitsArgs extends PageArgs {
  @Field(() => VisitFilter, {
    nullable: true,
    description: 'Filters: salesperson, customer, status, planned date range.',
  })
  filter?: VisitFilter | null;
}

@Resolver(() => Visit)
export class VisitResolver {
  @Query(() => VisitConnection, {
    description:
      'Visits, newest first. A salesperson sees only their own; DIRECTOR, MANAGER and ASSISTANT_MANAGER see all.',
  })
  visits(@Args() args: VisitsArgs, @Ctx() ctx: Context) {
    return ctx.services.visits.list(signedIn(ctx), args);
  }

  @Mutation(() => Visit, {
    description:
      'Plans a visit to a customer (a salesperson only to customers they own; leaders to any). With visitRequestId it fulfils that open visit request.',
  })
  planVisit(@Arg('input', { description: 'The visit to plan.' }) input: PlanVisitInput, @Ctx() ctx: Context) {
    return ctx.services.visits.plan(signedIn(ctx), input);
  }

  @Mutation(() => Visit, {
    description:
      "Checks in on site. The server's time counts; the client's time and location are kept beside it, and a check-in farther from the customer's site than the allowed radius is flagged. A visit is checked in once (CONFLICT after).",
  })
  checkInVisit(
    @Arg('visitId', () => ID, { description: 'The planned visit.' }) visitId: string,
    @Arg('latitude', () => Float, { nullable: true, description: 'Latitude reported by the device (WGS-84).' })
    latitude: number | null,
    @Arg('longitude', () => Float, { nullable: true, description: 'Longitude reported by the device (WGS-84).' })
    longitude: number | null,
    @Arg('accuracy', () => Float, {
      nullable: true,
      description: 'Accuracy of the location in metres, as the device reports it.',
    })
    accuracy: number | null,
    @Arg('clientTime', () => Date, {
      nullable: true,
      description:
        "The device's own clock at check-in (kept beside the server time, never used instead of it). From 2000-01-01 to a day after now; outside it is BAD_USER_INPUT.",
    })
    clientTime: Date | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.checkIn(signedIn(ctx), visitId, { latitude, longitude, accuracy, clientTime });
  }

  @Mutation(() => Visit, {
    description: 'Completes a checked-in visit with what was discussed (BAD_USER_INPUT before check-in).',
  })
  completeVisit(
    @Arg('visitId', () => ID, { description: 'The checked-in visit.' }) visitId: string,
    @Arg('summary', { description: 'What was discussed.' }) summary: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.complete(signedIn(ctx), visitId, summary);
  }

  @Mutation(() => Visit, {
    description:
      'Cancels a planned visit (not yet checked in) with a reason; a visit request it fulfilled becomes open again.',
  })
  cancelVisit(
    @Arg('visitId', () => ID, { description: 'The planned visit.' }) visitId: string,
    @Arg('reason', { description: 'Why the visit is cancelled.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.cancel(signedIn(ctx), visitId, reason);
  }

  @Mutation(() => Visit, {
    description:
      "Marks a visit report false (MANAGER, DIRECTOR): the visit's day becomes an unexcused absence (旷工) of the salesperson in the attendance records; audited.",
  })
  markVisitFalse(
    @Arg('visitId', () => ID, { description: 'The checked-in or completed visit.' }) visitId: string,
    @Arg('reason', { description: 'What was found false.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.markFalse(signedIn(ctx), visitId, reason);
  }

  @FieldResolver(() => Customer, { description: 'The customer visited.' })
  customer(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(v.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The salesperson who makes the visit.' })
  salesperson(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(v.salespersonId);
  }

  @FieldResolver(() => Staff, { description: 'Who planned the visit.' })
  plannedBy(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(v.plannedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who marked the report false.' })
  markedFalseBy(@Root() v: Visit, @Ctx() ctx: Context) {
    return v.markedFalseById === null ? null : ctx.loaders.staff.load(v.markedFalseById);
  }

  @FieldResolver(() => VisitRequest, {
    nullable: true,
    description: "The customer's visit request this visit was planned for.",
  })
  visitRequest(@Root() v: Visit, @Ctx() ctx: Context) {
    return v.visitRequestId === null ? null : ctx.loaders.visitRequestById.load(v.visitRequestId);
  }
}

@Resolver(() => VisitRequest)
export class VisitRequestResolver {
  @Query(() => [VisitRequest], {
    description:
      "Customers' visit requests, oldest first, with how long each has waited; open: true lists those still waiting. A salesperson sees their own customers' requests.",
  })
  visitRequests(
    @Arg('open', () => Boolean, {
      nullable: true,
      description: 'true: only open requests; false: only fulfilled ones; omitted: all.',
    })
    open: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.listRequests(signedIn(ctx), open);
  }

  @Mutation(() => VisitRequest, {
    description:
      "Records a customer's request for a visit (owner or leader). It cannot be refused: it stays open until planVisit(input: { visitRequestId }) fulfils it.",
  })
  recordVisitRequest(
    @Arg('customerId', () => ID, { description: 'The customer asking for a visit.' }) customerId: string,
    @Arg('preferredDate', () => LocalDateScalar, {
      nullable: true,
      description: `The day the customer would like. ${WINDOW_TEXT.upcoming}`,
    })
    preferredDate: string | null,
    @Arg('note', () => String, { nullable: true, description: 'What the customer asked about.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.visits.recordRequest(signedIn(ctx), customerId, preferredDate, note);
  }

  @FieldResolver(() => Customer, { description: 'The customer asking for a visit.' })
  customer(@Root() r: VisitRequest, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who recorded the request.' })
  recordedBy(@Root() r: VisitRequest, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.recordedById);
  }

  @FieldResolver(() => Visit, {
    nullable: true,
    description: 'The visit planned for it; null while the request is open.',
  })
  fulfilledBy(@Root() r: VisitRequest, @Ctx() ctx: Context) {
    return r.fulfilledByVisitId === null ? null : ctx.loaders.visitById.load(r.fulfilledByVisitId);
  }

  @FieldResolver(() => Boolean, { description: 'True while no visit is planned for it.' })
  open(@Root() r: VisitRequest) {
    return r.fulfilledByVisitId === null;
  }

  @FieldResolver(() => Float, {
    description: 'Hours waited: until now while open, until a visit was planned once fulfilled (one decimal).',
  })
  waitedHours(@Root() r: VisitRequest) {
    return Math.round(waitedMs(r) / 360_000) / 10;
  }

  @FieldResolver(() => Int, {
    description: 'Whole days waited: until now while open, until a visit was planned once fulfilled.',
  })
  waitedDays(@Root() r: VisitRequest) {
    return Math.floor(waitedMs(r) / 86_400_000);
  }
}

function waitedMs(r: VisitRequest): number {
  const end = r.fulfilledAt ?? new Date();
  return Math.max(0, end.getTime() - r.requestedAt.getTime());
}
