import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

/** A customer's request for a visit. It cannot be refused: it stays open until a visit planned for it fulfils it. */
@ObjectType({
  description:
    "A customer's request for a visit. It cannot be refused: it stays open until a visit is planned for it (planVisit with visitRequestId).",
})
@Entity('visit_request')
@Index('IDX_visit_request_open', ['fulfilledByVisitId', 'requestedAt'])
export class VisitRequest {
  @Field(() => ID, { description: 'Id of the request.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Index('IDX_visit_request_customer')
  @Column({ type: 'int' })
  customerId: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the customer would like the visit, if they said.',
  })
  @Column({ type: 'date', nullable: true, default: null })
  preferredDate: string | null;

  @Field(() => String, { nullable: true, description: 'What the customer asked about.' })
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  note: string | null;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When the request was recorded: the waiting time counts from here.' })
  @CreateDateColumn(timestampColumn)
  requestedAt: Date;

  /** The visit planned for it; null while open. Exposed as `fulfilledBy`. */
  @Column({ type: 'int', nullable: true, default: null })
  fulfilledByVisitId: number | null;

  @Field(() => Date, { nullable: true, description: 'When a visit was planned for it; null while open.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  fulfilledAt: Date | null;
}
