import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/** The lost-customer analysis (流失客户分析表) recorded when a customer is marked lost. */
@ObjectType({
  description: 'A lost-customer analysis (流失客户分析表): why the customer left and what was done to keep it.',
})
@Entity('lost_customer_analysis')
export class LostCustomerAnalysis {
  @Field(() => ID, { description: 'Id of the analysis.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Index('IDX_lost_analysis_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'Why the customer left.' })
  @Column({ type: 'varchar', length: 4000 })
  reasons: string;

  @Field({ description: 'What was done to keep the customer (retention actions).' })
  @Column({ type: 'varchar', length: 4000 })
  retentionActions: string;

  @Field({ description: 'When the analysis was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
