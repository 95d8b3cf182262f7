import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { moneyColumn } from '../../db/columns';
import { Fen } from '../../graphql/money';

/** How much of a payment settled a receivable, and from which day (the later of payment and confirmation). */
@Entity('payment_allocation')
// What was allocated to a receivable by a day, read from the index alone (the aging report, settling).
@Index('IDX_payment_allocation_receivable_day', ['receivableId', 'allocatedOn', 'amount'])
export class PaymentAllocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_payment_allocation_payment')
  @Column({ type: 'int' })
  paymentId: number;

  @Column({ type: 'int' })
  receivableId: number;

  @Column(moneyColumn())
  amount: Fen;

  @Column({ type: 'date' })
  allocatedOn: string;
}
