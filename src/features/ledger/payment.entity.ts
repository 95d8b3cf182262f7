import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

/** A payment received from a customer; the idempotency key is unique, so a retry records nothing new. */
@ObjectType({
  description:
    "A payment received from a customer (收款). It settles the oldest open receivables first; what is left is the customer's credit.",
})
@Entity('payment')
@Index('IDX_payment_customer_received', ['customerId', 'receivedOn'])
export class Payment {
  @Field(() => ID, { description: 'Unique id of the payment (收款).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The amount received, in yuan. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  amount: Fen;

  @Field(() => LocalDateScalar, { description: 'The day the money was received.' })
  @Column({ type: 'date' })
  receivedOn: string;

  @Field({ description: 'Bank or receipt reference.' })
  @Column({ type: 'varchar', length: 100 })
  reference: string;

  @Index('UQ_payment_idempotency_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
