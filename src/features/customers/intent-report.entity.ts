import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/** An intent report: the owner tells the department leader that a prospect intends to do business. */
@ObjectType({
  description:
    'An intent report (意向客户报告): the owner reports to the department leader that a prospect intends to do business, with its details.',
})
@Entity('intent_report')
export class IntentReport {
  @Field(() => ID, { description: 'Id of the report.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Index('IDX_intent_report_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `reportedBy`. */
  @Column({ type: 'int' })
  reportedById: number;

  @Field({ description: 'What the customer intends: goods, volumes, routes, expected terms.' })
  @Column({ type: 'varchar', length: 4000 })
  details: string;

  @Field({ description: 'When the report was filed.' })
  @CreateDateColumn(timestampColumn)
  reportedAt: Date;
}
