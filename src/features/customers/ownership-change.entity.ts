import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/** One step of a customer's ownership history: its registration, or a leader's reassignment. Never changed. */
@ObjectType({
  description:
    "One entry of a customer's ownership history: the registration (no previous owner) or a reassignment by a leader with its reason.",
})
@Entity('customer_ownership_change')
export class OwnershipChange {
  @Field(() => ID, { description: 'Id of this entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_ownership_change_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `fromOwner`; null for the registration. */
  @Column({ type: 'int', nullable: true, default: null })
  fromOwnerId: number | null;

  /** Exposed as `toOwner`. */
  @Column({ type: 'int' })
  toOwnerId: number;

  @Field({ description: 'Why: "registered (first contact)" or the leader\'s reason for the reassignment.' })
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** Exposed as `changedBy`. */
  @Column({ type: 'int' })
  changedById: number;

  @Field({ description: 'When the customer moved to the new owner.' })
  @CreateDateColumn(timestampColumn)
  changedAt: Date;
}
