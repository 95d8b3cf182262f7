import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/**
 * A contact person at a customer (private contact details). The contact given at registration
 * lives on the customer row itself and is shown first, as a ContactPerson without an id.
 */
@ObjectType({
  description:
    'A contact person at a customer (联系人): private, seen only by the owner and the roles that need contacts.',
})
@Entity('contact_person')
export class ContactPerson {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of an added contact person; null for the contact given when the customer was registered.',
  })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number | null;

  @Index('IDX_contact_person_customer')
  @Column({ type: 'int' })
  customerId: number;

  @Field({ description: "The contact person's name." })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'Phone number, digits only.' })
  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Field(() => String, { nullable: true, description: 'Job title or role at the customer, e.g. 物流经理.' })
  @Column({ type: 'varchar', length: 100, nullable: true, default: null })
  title: string | null;

  @Field({ description: 'True for the contact given when the customer was registered.' })
  primary: boolean;

  @Column({ type: 'int' })
  addedById: number;

  @Field({ description: 'When the contact was added (for the registration contact: the first contact time).' })
  @CreateDateColumn(timestampColumn)
  addedAt: Date;
}
