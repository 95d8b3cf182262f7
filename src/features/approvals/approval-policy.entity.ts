import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { moneyColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';

/** Defaults when the DIRECTOR has not set a policy yet. */
export const DEFAULT_POLICY = {
  maxManagerRateCutPercent: 10,
  maxManagerArrearsAmount: 5_000_000, // 50 000.00 yuan
  maxManagerDeductionAmount: 1_000_000, // 10 000.00 yuan
};

/** The DIRECTOR's approval policy: above these, only a DIRECTOR may approve. One row (id 1). */
@ObjectType({
  description:
    "The DIRECTOR's approval policy (审批权限): requests above these limits only a DIRECTOR may approve; a MANAGER gets FORBIDDEN with the reason.",
})
@Entity('approval_policy')
export class ApprovalPolicy {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field(() => Int, {
    description: `A rate cut of more than this percentage of the rate in force when the decision is made needs a DIRECTOR (default ${DEFAULT_POLICY.maxManagerRateCutPercent}).`,
  })
  @Column({ type: 'int' })
  maxManagerRateCutPercent: number;

  @Field(() => MoneyScalar, {
    description:
      "Arrears that would take the customer's total of approved, unexpired arrears (the new one included) above this amount need a DIRECTOR (default 50000.00).",
  })
  @Column(moneyColumn())
  maxManagerArrearsAmount: Fen;

  @Field(() => MoneyScalar, {
    description:
      "A claim or deduction that would take the customer's total of approved deductions in the open statement period (all not yet on a confirmed statement, the new one included) above this amount needs a DIRECTOR (default 10000.00).",
  })
  @Column(moneyColumn())
  maxManagerDeductionAmount: Fen;
}
