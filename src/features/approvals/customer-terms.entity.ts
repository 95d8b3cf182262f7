import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { moneyColumn } from '../../db/columns';
import { Fen } from '../../graphql/money';

/**
 * A customer's terms history (payment terms and storage rate): the terms in force on a date are
 * the latest row whose `effectiveFrom` is on or before it (ties: the later row). The first
 * approved change also writes the terms in force before it, effective from INITIAL_RATE_DATE, so
 * storage days before the approval day keep the old rate. A customer without rows uses the
 * customer's own columns.
 */
@Entity('customer_terms')
@Index('IDX_customer_terms_customer_date', ['customerId', 'effectiveFrom'])
export class CustomerTerms {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Column({ type: 'int' })
  paymentTermDays: number;

  /** Yuan-fen per square metre per day; null: the company default. */
  @Column(moneyColumn({ nullable: true }))
  storageRate: Fen | null;

  @Column({ type: 'date' })
  effectiveFrom: string;

  /** The approved TERMS_CHANGE request that set it (null for the terms before the first change). */
  @Column({ type: 'int', nullable: true, default: null })
  requestId: number | null;
}
