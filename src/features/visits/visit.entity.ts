import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

export enum VisitStatus {
  PLANNED = 'PLANNED',
  CHECKED_IN = 'CHECKED_IN',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FALSE_REPORT = 'FALSE_REPORT',
}

registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description:
    'Where a visit (拜访) stands: PLANNED -> CHECKED_IN -> COMPLETED; PLANNED -> CANCELLED; a checked-in or completed visit found false -> FALSE_REPORT.',
  valuesConfig: {
    PLANNED: { description: 'Planned, not yet checked in.' },
    CHECKED_IN: { description: "Checked in on site (server time, with the client's time and location beside it)." },
    COMPLETED: { description: 'Completed with a summary of what was discussed.' },
    CANCELLED: { description: 'Cancelled before check-in.' },
    FALSE_REPORT: {
      description: 'A leader found the visit report false; the day is an unexcused absence (旷工) of the salesperson.',
    },
  },
});

/** A visit to a customer by its salesperson: planned, checked in on site, completed; or cancelled, or found false. */
@ObjectType({
  description: 'A visit to a customer (拜访): planned, checked in on site, completed with what was discussed.',
})
@Entity('visit')
@Index('IDX_visit_salesperson', ['salespersonId', 'plannedAt'])
// A page's recent visits as the caller sees them (by customer, the salesperson's own or everyone's,
// newest first) are read from this index alone: see recentVisitsLoader.
@Index('IDX_visit_customer_salesperson_planned', ['customerId', 'salespersonId', 'plannedAt'])
export class Visit {
  @Field(() => ID, { description: 'Id of the visit.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `salesperson`: who makes the visit (the customer's owner when planned). */
  @Column({ type: 'int' })
  salespersonId: number;

  /** Exposed as `plannedBy`. */
  @Column({ type: 'int' })
  plannedById: number;

  @Field({ description: "When the visit is planned; its company-local date is the visit's day (for attendance)." })
  @Column(timestampColumn)
  plannedAt: Date;

  @Field({ description: 'What the visit is for.' })
  @Column({ type: 'varchar', length: 1000 })
  purpose: string;

  @Field(() => VisitStatus, { description: 'Where the visit stands.' })
  @Column({ type: 'varchar', length: 12, default: VisitStatus.PLANNED })
  status: VisitStatus;

  /** The customer's visit request this visit fulfils (the request points back to its current visit). */
  @Index('IDX_visit_visit_request')
  @Column({ type: 'int', nullable: true, default: null })
  visitRequestId: number | null;

  @Field(() => Date, { nullable: true, description: 'Server time of the check-in: the time that counts.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  checkedInAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The time the client device reported at check-in, kept beside the server time.',
  })
  @Column({ ...timestampColumn, nullable: true, default: null })
  clientReportedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Latitude the client reported at check-in (WGS-84).' })
  @Column({ type: 'double', nullable: true, default: null })
  checkInLatitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude the client reported at check-in (WGS-84).' })
  @Column({ type: 'double', nullable: true, default: null })
  checkInLongitude: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Accuracy of the reported location in metres, as the client gave it.',
  })
  @Column({ type: 'double', nullable: true, default: null })
  checkInAccuracyMeters: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Distance in metres from the customer's site to the check-in location; null when either is unknown.",
  })
  @Column({ type: 'double', nullable: true, default: null })
  checkInDistanceMeters: number | null;

  @Field({
    description:
      "True when the check-in needs the leader's attention: farther from the customer's site than the allowed radius, or without a location although the site is known.",
  })
  @Column({ type: 'boolean', default: false })
  checkInFlagged: boolean;

  @Field(() => String, { nullable: true, description: 'What was discussed (given on completion).' })
  @Column({ type: 'varchar', length: 4000, nullable: true, default: null })
  summary: string | null;

  @Field(() => Date, { nullable: true, description: 'When the visit was completed (server time).' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the visit was cancelled.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the visit was cancelled.' })
  @Column({ type: 'varchar', length: 1000, nullable: true, default: null })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When a leader marked the visit report false.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  markedFalseAt: Date | null;

  /** Exposed as `markedFalseBy`. */
  @Column({ type: 'int', nullable: true, default: null })
  markedFalseById: number | null;

  @Field(() => String, { nullable: true, description: 'Why the leader found the report false.' })
  @Column({ type: 'varchar', length: 1000, nullable: true, default: null })
  falseReason: string | null;

  @Field({ description: 'When the visit was planned (recorded).' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
