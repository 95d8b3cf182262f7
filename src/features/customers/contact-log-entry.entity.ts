import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

export enum ContactKind {
  CALL = 'CALL',
  MATERIALS_SENT = 'MATERIALS_SENT',
  MESSAGE = 'MESSAGE',
  MEETING = 'MEETING',
  OTHER = 'OTHER',
}

registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How a salesperson contacted a customer (visits are recorded as visits).',
  valuesConfig: {
    CALL: { description: 'A phone call.' },
    MATERIALS_SENT: { description: 'Materials (price lists, brochures, contracts) sent.' },
    MESSAGE: { description: 'A message (WeChat, SMS, email).' },
    MEETING: { description: 'A meeting elsewhere than a planned visit (e.g. at our office).' },
    OTHER: { description: 'Any other contact.' },
  },
});

/** One contact with a customer other than a visit (洽谈记录). */
@ObjectType({
  description:
    'A contact with a customer other than a visit (call, materials sent, ...), recorded by the salesperson who made it.',
})
@Entity('contact_log_entry')
@Index('IDX_contact_log_customer', ['customerId'])
export class ContactLogEntry {
  @Field(() => ID, { description: 'Id of the entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `staff`: who made the contact. */
  @Column({ type: 'int' })
  staffId: number;

  @Field(() => ContactKind, { description: 'How the customer was contacted.' })
  @Column({ type: 'varchar', length: 20 })
  kind: ContactKind;

  @Field({ description: 'What was said or sent.' })
  @Column({ type: 'varchar', length: 4000 })
  summary: string;

  @Field({ description: 'When the contact took place (as reported; defaults to the time it was recorded).' })
  @Column(timestampColumn)
  contactedAt: Date;

  @Field({ description: 'When the entry was recorded (server time).' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
