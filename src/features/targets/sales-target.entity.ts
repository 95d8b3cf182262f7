import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';

/**
 * One salesperson's targets for one month; one row per (staff, month), changed in place with a SalesTargetChange each
 * time.
 */
@ObjectType({ description: "A salesperson's monthly targets (销售目标、回款目标), set by the DIRECTOR or MANAGER." })
@Entity('sales_target')
@Index('UQ_sales_target_staff_month', ['staffId', 'month'], { unique: true })
@Index('IDX_sales_target_month', ['month'])
export class SalesTarget {
  @Field(() => ID, { description: 'Unique id of the target.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `staff`. */
  @Column({ type: 'int' })
  staffId: number;

  @Field({ description: 'The month, "2026-10".' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Sales target: the confirmed statement totals of the salesperson's own customers, by confirmation day. Seen by the salesperson and DIRECTOR, MANAGER, ASSISTANT_MANAGER; null with FORBIDDEN to others.",
  })
  @Column(moneyColumn())
  salesTarget: Fen;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Collection target: payments received from the salesperson's own customers, by the day received. Seen like salesTarget.",
  })
  @Column(moneyColumn())
  collectionTarget: Fen;

  /** Exposed as `setBy`. */
  @Column({ type: 'int' })
  setById: number;

  @Field({ description: 'When the target was last set or changed.' })
  @Column(timestampColumn)
  setAt: Date;

  @Field({ description: 'When the target was first set.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}

/** Every setting and change of a target, with who and why: the history leaders read. Never edited. */
@ObjectType({
  description: "One setting or change of a salesperson's monthly targets: the values before and after, who and why.",
})
@Entity('sales_target_change')
@Index('IDX_sales_target_change_staff_month', ['staffId', 'month'])
export class SalesTargetChange {
  @Field(() => ID, { description: 'Unique id of the change.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  /** Exposed as `staff`. */
  @Column({ type: 'int' })
  staffId: number;

  @Field({ description: 'The month of the target, "2026-10".' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The sales target before; null when this set it first.' })
  @Column(moneyColumn({ nullable: true }))
  previousSalesTarget: Fen | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The collection target before; null when this set it first.',
  })
  @Column(moneyColumn({ nullable: true }))
  previousCollectionTarget: Fen | null;

  @Field(() => MoneyScalar, { description: 'The sales target set.' })
  @Column(moneyColumn())
  salesTarget: Fen;

  @Field(() => MoneyScalar, { description: 'The collection target set.' })
  @Column(moneyColumn())
  collectionTarget: Fen;

  @Field({
    description: 'True when it was set after its month had begun (company time zone): such a change needs a reason.',
  })
  @Column({ type: 'boolean' })
  afterMonthBegan: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was set or changed; always given when afterMonthBegan.' })
  @Column({ type: 'varchar', length: 1000, nullable: true, default: null })
  reason: string | null;

  /** Exposed as `changedBy`. */
  @Column({ type: 'int' })
  changedById: number;

  @Field({ description: 'When it was set or changed.' })
  @CreateDateColumn(timestampColumn)
  changedAt: Date;
}
