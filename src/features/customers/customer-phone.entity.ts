import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every phone the company holds for a customer (the registration contact's and each contact
 * person's), digits only. The phone is the primary key, so one phone identifies one customer:
 * the database, not a check in code, decides two registrations or additions racing for it.
 */
@Entity('customer_phone')
export class CustomerPhone {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  phone: string;

  @Index('IDX_customer_phone_customer')
  @Column({ type: 'int' })
  customerId: number;
}
