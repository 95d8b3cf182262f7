import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../../domain/roles';

/** The kinds of signed form the DIRECTOR sets a sign-off policy for. */
export enum SignoffFormKind {
  OPERATION_NOTICE_NEW_CUSTOMER = 'OPERATION_NOTICE_NEW_CUSTOMER',
  OPERATION_NOTICE_RETURNING_CUSTOMER = 'OPERATION_NOTICE_RETURNING_CUSTOMER',
  OPERATION_NOTICE_SETTLEMENT_CHANGE = 'OPERATION_NOTICE_SETTLEMENT_CHANGE',
  ARREARS_CONSENT = 'ARREARS_CONSENT',
  LIAISON_FORM = 'LIAISON_FORM',
}

registerEnumType(SignoffFormKind, {
  name: 'SignoffFormKind',
  description:
    "A kind of form that departments sign; the DIRECTOR's sign-off policy names, per kind, the departments that must always sign it.",
  valuesConfig: {
    OPERATION_NOTICE_NEW_CUSTOMER: { description: 'An operation notice (新(重)进客户操作通知单) for a new customer.' },
    OPERATION_NOTICE_RETURNING_CUSTOMER: { description: 'An operation notice for a returning (lost) customer.' },
    OPERATION_NOTICE_SETTLEMENT_CHANGE: {
      description: 'An operation notice for a settlement method change (default: FINANCE and MARKET must sign).',
    },
    ARREARS_CONSENT: {
      description: 'An arrears consent notice (同意欠费通知单) (default: FINANCE and MARKET must sign).',
    },
    LIAISON_FORM: { description: 'An inter-department liaison form (部门信息联络处理单).' },
  },
});

/** Until the DIRECTOR sets a kind's policy: a money exception is never signed by the market department alone. */
export const DEFAULT_SIGNOFF_POLICY: Record<SignoffFormKind, Department[]> = {
  [SignoffFormKind.OPERATION_NOTICE_NEW_CUSTOMER]: [],
  [SignoffFormKind.OPERATION_NOTICE_RETURNING_CUSTOMER]: [],
  [SignoffFormKind.OPERATION_NOTICE_SETTLEMENT_CHANGE]: [Department.FINANCE, Department.MARKET],
  [SignoffFormKind.ARREARS_CONSENT]: [Department.FINANCE, Department.MARKET],
  [SignoffFormKind.LIAISON_FORM]: [],
};

/** The DIRECTOR's choice for one kind of form; a kind without a row uses DEFAULT_SIGNOFF_POLICY. */
@Entity('signoff_policy')
export class SignoffPolicyEntry {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  formKind: SignoffFormKind;

  /** Comma-separated departments, sorted; empty when none is required. */
  @Column({ type: 'varchar', length: 100 })
  departmentList: string;
}

@ObjectType({
  description:
    "The departments that must always sign one kind of form (the DIRECTOR's sign-off policy). Whoever files such a form may name more departments, never fewer: these are added to every form of the kind.",
})
export class SignoffRequirement {
  @Field(() => SignoffFormKind, { description: 'The kind of form.' })
  formKind: SignoffFormKind;

  @Field(() => [Department], {
    description: 'The departments whose heads must sign every form of this kind (may be empty).',
  })
  departments: Department[];
}
