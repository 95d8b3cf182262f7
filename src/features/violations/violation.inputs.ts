import { Field, ID, InputType } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';
import { Fen, MoneyScalar } from '../../graphql/money';
import { ViolationKind } from './violation.entity';

@InputType({
  description:
    'A violation (违纪) to record against a staff member (MANAGER, DIRECTOR). The fine follows from the kind.',
})
export class RecordViolationInput {
  @Field(() => ID, { description: 'The staff member who broke the rule.' })
  staffId: string;

  @Field(() => ViolationKind, { description: 'Which rule was broken; fixes the fine.' })
  kind: ViolationKind;

  @Field(() => LocalDateScalar, { description: `The day it happened. ${WINDOW_TEXT.past}` })
  occurredOn: LocalDate;

  @Field({ description: 'What happened (1 to 1000 characters).' })
  description: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Compensation owed for a loss caused (the price difference, the deduction, the receivable); omit when no loss was caused.',
  })
  compensation?: Fen | null;
}
