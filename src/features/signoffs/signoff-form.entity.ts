import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

export enum NoticeStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

registerEnumType(NoticeStatus, {
  name: 'NoticeStatus',
  description: 'Where a signed form or notice stands.',
  valuesConfig: {
    PENDING: { description: "Waiting for signatures (or for the dispatcher's decision)." },
    COMPLETED: { description: 'Signed by every named department (or by the dispatcher): kept unchanged for ever.' },
    REJECTED: { description: 'Refused (pickup notices only).' },
  },
});

/** What kind of paper form a sign-off belongs to. */
export type SignoffStubKind = 'OPERATION_NOTICE' | 'ARREARS_CONSENT' | 'LIAISON_FORM';

/**
 * The stub (存根) of a form that names departments which must sign: operation notices, arrears
 * consents and liaison forms each own one. COMPLETED when every named department has signed,
 * and never changed after that.
 */
@Entity('signoff_form')
export class SignoffForm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  kind: SignoffStubKind;

  @Column({ type: 'varchar', length: 12, default: NoticeStatus.PENDING })
  status: NoticeStatus;

  @CreateDateColumn(timestampColumn)
  createdAt: Date;

  @Column({ ...timestampColumn, nullable: true, default: null })
  completedAt: Date | null;
}
