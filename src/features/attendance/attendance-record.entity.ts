import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LEAVE = 'LEAVE',
  SICK = 'SICK',
  BUSINESS_TRIP = 'BUSINESS_TRIP',
  UNEXCUSED_ABSENCE = 'UNEXCUSED_ABSENCE',
}

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: "A staff member's attendance on one day.",
  valuesConfig: {
    PRESENT: { description: 'At work.' },
    LEAVE: { description: 'On approved leave (请假).' },
    SICK: { description: 'On sick leave.' },
    BUSINESS_TRIP: { description: 'On a business trip (出差).' },
    UNEXCUSED_ABSENCE: {
      description: 'Unexcused absence (旷工), also recorded automatically when a leader marks a visit report false.',
    },
  },
});

/**
 * One staff member's attendance on one day (unique per staff and date). A false visit report
 * writes an UNEXCUSED_ABSENCE with `falseVisitId` set, overriding what was recorded for that day.
 */
@ObjectType({ description: 'Attendance of one staff member on one day (考勤).' })
@Entity('attendance_record')
@Index('UQ_attendance_staff_date', ['staffId', 'date'], { unique: true })
export class AttendanceRecord {
  @Field(() => ID, { description: 'Unique id of the attendance record.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `staff`. */
  @Column({ type: 'int' })
  staffId: number;

  @Field(() => LocalDateScalar, { description: 'The day this record is for.' })
  @Column({ type: 'date' })
  date: string;

  @Field(() => AttendanceStatus, {
    description: 'Present, on leave, sick, on a business trip, or an unexcused absence (旷工).',
  })
  @Column({ type: 'varchar', length: 20 })
  status: AttendanceStatus;

  /** The visit whose report was found false, when that is why this day is an absence. */
  @Field(() => ID, {
    nullable: true,
    description:
      'When set, this unexcused absence comes from the visit (this id) whose report a leader found false; it cannot be overwritten by recordAttendance.',
  })
  @Column({ type: 'int', nullable: true, default: null })
  falseVisitId: number | null;

  /** Who recorded it (null for the system); exposed as `recordedBy`. */
  @Column({ type: 'int', nullable: true, default: null })
  recordedById: number | null;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
