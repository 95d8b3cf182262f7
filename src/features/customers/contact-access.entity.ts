import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/**
 * A read of a customer's contact details by someone other than its owner. Written in one batched
 * insert per request (see ContactReadRecorder), never updated.
 */
@ObjectType({
  description:
    "A record that a staff member other than the owner read a customer's contact details (who, which customer, when).",
})
@Entity('contact_access')
@Index('IDX_contact_access_customer', ['customerId'])
@Index('IDX_contact_access_staff', ['staffId'])
export class ContactAccess {
  @Field(() => ID, { description: 'Id of the record.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `staff`. */
  @Column({ type: 'int' })
  staffId: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  /** The customer's owner at the time of the read. */
  @Column({ type: 'int' })
  ownerId: number;

  @Field({ description: 'When the contact details were read.' })
  @CreateDateColumn(timestampColumn)
  at: Date;
}
