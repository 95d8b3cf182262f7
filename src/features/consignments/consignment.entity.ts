import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

/** A recorded waybill (托运单) and its fees; freight is computed at the rate in force on its shipped date. */
@ObjectType({
  description:
    'A consignment (托运单): one waybill with its weight and fees; its freight is weight x rate / 1000 at the rate in force on the shipped date (zero after an approved free shipment).',
})
@Entity('consignment')
@Index('IDX_consignment_customer_shipped', ['customerId', 'shippedOn'])
export class Consignment {
  @Field(() => ID, { description: 'Unique id of the consignment (托运单).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Field({ description: 'Waybill number, unique.' })
  @Index('UQ_consignment_waybill', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  waybillNo: string;

  @Field(() => LocalDateScalar, { description: 'The day it was shipped: decides the rate in force.' })
  @Column({ type: 'date' })
  shippedOn: string;

  @Field({ description: 'Where it was shipped from.' })
  @Column({ type: 'varchar', length: 100 })
  origin: string;

  @Field({ description: 'Where it was shipped to.' })
  @Column({ type: 'varchar', length: 100 })
  destination: string;

  /** Weight in grams (the API speaks kg with up to three decimals). */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  weightGrams: number;

  @Field(() => Int, { description: 'Number of pieces.' })
  @Column({ type: 'int' })
  pieces: number;

  @Field(() => MoneyScalar, {
    description: 'The freight rate used, yuan per tonne (the rate in force on the shipped date).',
  })
  @Column(moneyColumn())
  rate: Fen;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Freight: weight x rate / 1000, rounded half-up to the fen; zero after an approved free shipment. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  freight: Fen;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Counting fee (点数费). A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  countingFee: Fen;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Handling fee (装卸费). A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  handlingFee: Fen;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Other fees. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  otherFee: Fen;

  /** The approved free-shipment request that made the freight zero. */
  @Column({ type: 'int', nullable: true, default: null })
  freeShipmentRequestId: number | null;

  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;

  get total(): Fen {
    return this.freight + this.countingFee + this.handlingFee + this.otherFee;
  }
}
