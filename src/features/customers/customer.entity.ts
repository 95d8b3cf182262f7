import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { CustomerStatus, SettlementMethod } from './customer-enums';

/**
 * A customer of the company and the salesperson who owns it (first contact wins).
 * The three identity keys are unique in the database, so the rule holds under concurrency.
 * Contact details (contact name/phone, address, notes) are private to the owner and the roles
 * that need them: they are not @Field here but exposed through guarded field resolvers.
 */
@ObjectType({ description: 'A customer (客户): who it is, who owns it, its status and its commercial terms.' })
@Entity('customer')
export class Customer {
  @Field(() => ID, { description: "The customer's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Company name as registered.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Name folded as customer-identity.ts does it; searched with LIKE, so not the uniqueness key. */
  @Index('IDX_customer_normalized_name')
  @Column({ type: 'varchar', length: 200 })
  normalizedName: string;

  /**
   * One registration per company: SHA-256 (hex) of the normalized name, computed in JS. Hex keeps
   * the database's collation (MariaDB's unicode_ci ignores some characters and folds accents,
   * SQLite compares bytes) out of the decision, so both dialects judge "the same name" alike.
   */
  @Index('UQ_customer_name_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  nameKey: string;

  /**
   * Unified social credit code (统一社会信用代码), upper-cased; unique when present. Public: it identifies the company, it is
   * not a contact detail.
   */
  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码) of the company, when registered; not a contact detail.',
  })
  @Index('UQ_customer_credit_code', { unique: true })
  @Column({ type: 'varchar', length: 18, nullable: true, default: null })
  creditCode: string | null;

  /** Contact person's name at first contact (private). */
  @Column({ type: 'varchar', length: 100 })
  contactName: string;

  /** Contact phone, digits only (private); unique, so the same phone cannot be registered twice. */
  @Index('UQ_customer_contact_phone', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  /** Address (private). */
  @Column({ type: 'varchar', length: 300, nullable: true, default: null })
  address: string | null;

  /** Free notes (private). */
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  notes: string | null;

  @Field(() => CustomerStatus, {
    description: 'Where the customer stands in its lifecycle (PROSPECT -> INTENT -> ACTIVE -> LOST).',
  })
  @Column({ type: 'varchar', length: 12, default: CustomerStatus.PROSPECT })
  status: CustomerStatus;

  /** The owning salesperson (exposed as `owner`). */
  @Index('IDX_customer_owner')
  @Column({ type: 'int' })
  ownerId: number;

  @Field({ description: 'When the owner first contacted the customer: the time that decides ownership.' })
  @CreateDateColumn(timestampColumn)
  firstContactAt: Date;

  @Field(() => SettlementMethod, {
    description: 'How the customer pays; changed only by an approved settlement change request.',
  })
  @Column({ type: 'varchar', length: 10, default: SettlementMethod.CASH })
  settlementMethod: SettlementMethod;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Freight rate in yuan per tonne now in force; null until a leader approves the first rate change request (until then its consignments are refused with RATE_NOT_APPROVED). Set and changed only by approved rate change requests.',
  })
  @Column(moneyColumn({ nullable: true }))
  freightRate: Fen | null;

  @Field(() => Int, { description: 'Days after statement confirmation until payment is due.' })
  @Column({ type: 'int', default: 30 })
  paymentTermDays: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Storage rate in yuan per square metre per day; null means the company default applies.',
  })
  @Column(moneyColumn({ nullable: true }))
  storageRate: Fen | null;

  /** Site coordinates, for checking visit check-ins (private like the address). */
  @Column({ type: 'double', nullable: true, default: null })
  latitude: number | null;

  @Column({ type: 'double', nullable: true, default: null })
  longitude: number | null;
}
