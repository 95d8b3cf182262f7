import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

export enum WarehouseOrderStatus {
  RECORDED = 'RECORDED',
  VERIFIED = 'VERIFIED',
  MISMATCH = 'MISMATCH',
  SENT = 'SENT',
}

registerEnumType(WarehouseOrderStatus, {
  name: 'WarehouseOrderStatus',
  description:
    "Where a warehouse customer's order stands in order organizing (仓储订单整理): RECORDED -> VERIFIED (or MISMATCH, re-checked later) -> SENT.",
  valuesConfig: {
    RECORDED: {
      description: 'Recorded by the order clerk; not yet checked against its delivery note with the customer.',
    },
    VERIFIED: {
      description:
        'Checked against its delivery note (送货单) with the customer and found to match; ready for an order organizing sheet.',
    },
    MISMATCH: {
      description: 'The check found a difference from the delivery note; stays open with its note until checked again.',
    },
    SENT: { description: 'On an order organizing sheet (订单整理表) sent to the warehouse.' },
  },
});

/** A warehouse customer's order, checked against its delivery note and organized for the warehouse. */
@ObjectType({
  description:
    "A warehouse customer's order (仓储订单) with its delivery note, as the order clerk checks and organizes it for the warehouse.",
})
@Entity('warehouse_order')
@Index('UQ_warehouse_order_customer_no', ['customerId', 'orderNo'], { unique: true })
@Index('IDX_warehouse_order_status', ['status'])
@Index('IDX_warehouse_order_sheet', ['sheetId'])
export class WarehouseOrder {
  @Field(() => ID, { description: 'Unique id of the warehouse order (仓储订单).' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  @Field({ description: "The customer's order number; unique per customer." })
  @Column({ type: 'varchar', length: 60 })
  orderNo: string;

  @Field({ description: 'The number of the delivery note (送货单) the order is checked against.' })
  @Column({ type: 'varchar', length: 60 })
  deliveryNoteNo: string;

  @Field({ description: 'Who receives the goods; documents are organized the way each consignee requires.' })
  @Column({ type: 'varchar', length: 200 })
  consignee: string;

  @Field(() => LocalDateScalar, { description: "The order's date." })
  @Column({ type: 'date' })
  orderDate: string;

  @Field({ description: 'The goods ordered (items and quantities), as on the order.' })
  @Column({ type: 'varchar', length: 2000 })
  items: string;

  @Field(() => String, {
    nullable: true,
    description: "The order clerk's notes, e.g. how the consignee wants the documents.",
  })
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  notes: string | null;

  @Field(() => WarehouseOrderStatus, { description: 'Where the order stands.' })
  @Column({ type: 'varchar', length: 12, default: WarehouseOrderStatus.RECORDED })
  status: WarehouseOrderStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The note of the last check against the delivery note (what differs, for a MISMATCH).',
  })
  @Column({ type: 'varchar', length: 1000, nullable: true, default: null })
  verificationNote: string | null;

  /** Exposed as `verifiedBy`. */
  @Column({ type: 'int', nullable: true, default: null })
  verifiedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was last checked against its delivery note.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  verifiedAt: Date | null;

  /** The order organizing sheet it was sent on; exposed as `sheet`. */
  @Column({ type: 'int', nullable: true, default: null })
  sheetId: number | null;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
