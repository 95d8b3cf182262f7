import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { SettlementMethod } from '../customers';

export enum OperationNoticeKind {
  NEW_CUSTOMER = 'NEW_CUSTOMER',
  RETURNING_CUSTOMER = 'RETURNING_CUSTOMER',
  SETTLEMENT_CHANGE = 'SETTLEMENT_CHANGE',
}

registerEnumType(OperationNoticeKind, {
  name: 'OperationNoticeKind',
  description: 'Why a new (re-entering) customer operation notice (新(重)进客户操作通知单) is filled.',
  valuesConfig: {
    NEW_CUSTOMER: { description: 'A new customer: it becomes ACTIVE when the notice is completed.' },
    RETURNING_CUSTOMER: {
      description: 'A returning (lost) customer: it becomes ACTIVE again when the notice is completed.',
    },
    SETTLEMENT_CHANGE: {
      description:
        'A change of settlement method: filed for one settlement change request (requestId), after it, naming its new method; the approved change applies once this notice is signed by every department it names.',
    },
  },
});

/**
 * 新(重)进客户操作通知单: filled by the handler, signed by the heads of the named departments
 * through its sign-off form; the completed stub never changes.
 */
@ObjectType({
  description:
    'A new (re-entering) customer operation notice (新(重)进客户操作通知单), signed by the heads of the named departments.',
})
@Entity('operation_notice')
export class OperationNotice {
  @Field(() => ID, { description: 'Unique id of the operation notice (新(重)进客户操作通知单).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => OperationNoticeKind, {
    description: 'Why the notice is filled: a new customer, a returning customer, or a settlement change.',
  })
  @Column({ type: 'varchar', length: 20 })
  kind: OperationNoticeKind;

  @Index('IDX_operation_notice_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** The handler who filled it (exposed as `handler`). */
  @Column({ type: 'int' })
  handlerId: number;

  /** Its sign-off form (status and signatures). */
  @Index('UQ_operation_notice_form', { unique: true })
  @Column({ type: 'int' })
  formId: number;

  /** SETTLEMENT_CHANGE: the settlement change request this notice was filed for (one notice per request). */
  @Index('UQ_operation_notice_request', { unique: true })
  @Column({ type: 'int', nullable: true, default: null })
  requestId: number | null;

  /** SETTLEMENT_CHANGE: the new method the notice names, copied from its request when filed. */
  @Field(() => SettlementMethod, {
    nullable: true,
    description:
      'SETTLEMENT_CHANGE: the new settlement method the notice names (that of its request); null for other kinds.',
  })
  @Column({ type: 'varchar', length: 10, nullable: true, default: null })
  method: SettlementMethod | null;

  /** For SETTLEMENT_CHANGE: the approved request this notice was used to apply (one each). */
  @Index('UQ_operation_notice_applied_request', { unique: true })
  @Column({ type: 'int', nullable: true, default: null })
  appliedRequestId: number | null;

  @Field({ description: 'When the handler filled it.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
