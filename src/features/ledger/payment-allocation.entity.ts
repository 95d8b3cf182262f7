import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { moneyColumn } from '../../db/columns';
import { Fen } from '../../graphql/money';

/** How much of a payment settled a receivable, and from which day (the later of payment and confirmation). */
@Entity('payment_allocation')
export class PaymentAllocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_payment_allocation_payment')
  @Column({ type: 'int' })
  paymentId: number;

  @Index('IDX_payment_allocation_receivable')
  @Column({ type: 'int' })
  receivableId: number;

  @Column(moneyColumn())
  amount: Fen;

  @Column({ type: 'date' })
  allocatedOn: string;
}
