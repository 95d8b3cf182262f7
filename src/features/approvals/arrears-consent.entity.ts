import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

/**
 * 同意欠费通知单: written when a leader approves an arrears request, with the amount, the promised
 * date and the handler responsible for collecting it; the named departments sign its form.
 */
@ObjectType({
  description:
    "An arrears consent notice (同意欠费通知单): the approved amount a customer may owe until the promised date, the handler who must collect it, and the departments' signatures.",
})
@Entity('arrears_consent')
export class ArrearsConsent {
  @Field(() => ID, { description: 'Unique id of the arrears consent notice (同意欠费通知单).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_arrears_consent_request', { unique: true })
  @Column({ type: 'int' })
  requestId: number;

  @Index('IDX_arrears_consent_customer')
  @Column({ type: 'int' })
  customerId: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The amount the customer may owe. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  amount: Fen;

  @Field(() => LocalDateScalar, { description: 'The date the customer promised to pay by.' })
  @Column({ type: 'date' })
  promisedDate: string;

  /** The salesperson who filed it and must collect it (exposed as `handler`). */
  @Column({ type: 'int' })
  handlerId: number;

  @Column({ type: 'int' })
  formId: number;

  /** The company day ARREARS_OVERDUE was raised for it; set once (a conditional update), so it is raised once. */
  @Column({ type: 'date', nullable: true, default: null })
  overdueNotifiedOn: string | null;

  @Field({ description: 'When the consent was approved.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
