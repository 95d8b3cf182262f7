import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { moneyColumn } from '../../db/columns';
import { Fen } from '../../graphql/money';

/**
 * A customer's freight rate history: the rate in force on a date is the latest row whose
 * `effectiveFrom` is on or before it (ties: the later row). The first approved change also writes
 * the rate that was in force before it, effective from INITIAL_RATE_DATE, so earlier consignments
 * keep the old rate exactly. A customer without rows uses customer.freightRate.
 */
@Entity('customer_rate')
@Index('IDX_customer_rate_customer_date', ['customerId', 'effectiveFrom'])
export class CustomerRate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Column(moneyColumn())
  rate: Fen;

  @Column({ type: 'date' })
  effectiveFrom: string;

  /** The approved request that set it (null for the initial rate). */
  @Column({ type: 'int', nullable: true, default: null })
  requestId: number | null;
}

export const INITIAL_RATE_DATE = '1900-01-01';
