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
  description: 'A staff member\'s attendance on one day.',
  valuesConfig: {
    PRESENT: { description: 'At work.' },
    LEAVE: { description: 'On approved leave (请假).' },
    SICK: { description: 'On sick leave.' },
    BUSINESS_TRIP: { description: 'On a business trip (出差).' },
    UNEXCUSED_ABSENCE: { description: 'Unexcused absence (旷工), also recorded automatically when a leader marks a visit report false.' },
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
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  staffId: number;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  date: string;

  @Field(() => AttendanceStatus)
  @Column({ type: 'varchar', length: 20 })
  status: AttendanceStatus;

  /** The visit whose report was found false, when that is why this day is an absence. */
  @Column({ type: 'int', nullable: true, default: null })
  falseVisitId: number | null;

  /** Who recorded it (null for the system). */
  @Column({ type: 'int', nullable: true, default: null })
  recordedById: number | null;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
