import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

/** An order organizing sheet (订单整理表) sent to the warehouse: one customer's verified orders. Never edited. */
@ObjectType({
  description:
    "An order organizing sheet (订单整理表): one customer's verified orders, sent to the warehouse with where the organized orders and delivery notes were placed.",
})
@Entity('order_organizing_sheet')
@Index('IDX_order_sheet_customer_date', ['customerId', 'sentOn'])
@Index('IDX_order_sheet_date', ['sentOn'])
export class OrderOrganizingSheet {
  @Field(() => ID, { description: 'Unique id of the order organizing sheet (订单整理表).' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  @Field({
    description: 'Where the organized orders and delivery notes were placed for the warehouse staff to collect.',
  })
  @Column({ type: 'varchar', length: 300 })
  placedAt: string;

  @Field(() => LocalDateScalar, { description: 'The day (company time) it was sent to the warehouse.' })
  @Column({ type: 'date' })
  sentOn: string;

  /** Exposed as `sentBy`. */
  @Column({ type: 'int' })
  sentById: number;

  @Field({ description: 'When it was sent.' })
  @CreateDateColumn(timestampColumn)
  sentAt: Date;
}
