import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';

/** 公路运输发票: one per confirmed statement, for exactly its total. */
@ObjectType({
  description: 'A road-transport invoice (公路运输发票), issued once per confirmed statement for exactly its total.',
})
@Entity('invoice')
export class Invoice {
  @Field(() => ID, { description: 'Unique id of the invoice (公路运输发票).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_invoice_statement', { unique: true })
  @Column({ type: 'int' })
  statementId: number;

  @Field({ description: 'The invoice number, unique.' })
  @Index('UQ_invoice_number', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  invoiceNo: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The invoiced amount: the confirmed total. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  amount: Fen;

  @Column({ type: 'int' })
  issuedById: number;

  @Field({ description: 'When it was issued.' })
  @CreateDateColumn(timestampColumn)
  issuedAt: Date;
}
