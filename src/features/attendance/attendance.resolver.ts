import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';
import { Staff } from '../staff';
import { AttendanceRecord, AttendanceStatus } from './attendance-record.entity';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: "One staff member's attendance (考勤) over a month: days of each status." })
export class AttendanceSummaryRow {
  @Field(() => Staff, { description: 'The staff member.' })
  staff: Staff;

  @Field({ description: 'The month, e.g. "2026-10".' })
  month: string;

  @Field(() => Int, { description: 'Days recorded PRESENT (at work).' })
  present: number;

  @Field(() => Int, { description: 'Days recorded LEAVE (请假).' })
  leave: number;

  @Field(() => Int, { description: 'Days recorded SICK (sick leave).' })
  sick: number;

  @Field(() => Int, { description: 'Days recorded BUSINESS_TRIP (出差).' })
  businessTrip: number;

  @Field(() => Int, {
    description: 'Days of unexcused absence (旷工), including those from visit reports found false.',
  })
  unexcusedAbsences: number;

  @Field(() => Int, {
    description: 'Of unexcusedAbsences, the days that are absences because a leader found a visit report false.',
  })
  fromFalseVisitReports: number;

  @Field(() => Int, { description: 'Days with any record this month (the sum of the counts above).' })
  recordedDays: number;
}

@Resolver(() => AttendanceRecord)
export class AttendanceResolver {
  @Mutation(() => AttendanceRecord, {
    description:
      "Records a staff member's attendance (考勤) on one day (ASSISTANT_MANAGER, MANAGER, DIRECTOR); recording the same day again corrects it. " +
      'Leave and business trips may be recorded ahead of the day, other statuses not (BAD_USER_INPUT). A day that is an unexcused absence ' +
      'because a visit report was found false cannot be changed here (CONFLICT, naming the visit). Audited.',
  })
  recordAttendance(
    @Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string,
    @Arg('date', () => LocalDateScalar, {
      description: `The day. ${WINDOW_TEXT.any} Only leave or a business trip may lie after today.`,
    })
    date: LocalDate,
    @Arg('status', () => AttendanceStatus, { description: 'What the staff member was that day.' })
    status: AttendanceStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.attendance.record(signedIn(ctx), staffId, date, status);
  }

  @Query(() => [AttendanceSummaryRow], {
    description:
      'The monthly attendance summary (ASSISTANT_MANAGER, MANAGER, DIRECTOR): one row per active staff member, and per anyone else with records that month, by name.',
  })
  attendanceSummary(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.attendance.summary(month);
  }

  @Query(() => [AttendanceRecord], {
    description:
      "A staff member's attendance records of a month, by day. Everyone may read their own; ASSISTANT_MANAGER, MANAGER and DIRECTOR anyone's (else FORBIDDEN).",
  })
  attendanceRecords(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
    @Arg('staffId', () => ID, { nullable: true, description: 'The staff member; omit it for your own records.' })
    staffId?: string | null,
  ) {
    return ctx.services.attendance.recordsOf(signedIn(ctx), staffId ?? String(signedIn(ctx).id), month);
  }

  @FieldResolver(() => Staff, { description: 'The staff member this record is for.' })
  async staff(@Root() record: AttendanceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(record.staffId);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description:
      'Who recorded it: whoever kept the attendance, or the leader who found a visit report false (an unexcused absence).',
  })
  recordedBy(@Root() record: AttendanceRecord, @Ctx() ctx: Context) {
    return record.recordedById === null ? null : ctx.loaders.staff.load(record.recordedById);
  }
}
