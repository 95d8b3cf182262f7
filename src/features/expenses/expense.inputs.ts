import { Field, ID, InputType } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';
import { Fen, MoneyScalar } from '../../graphql/money';
import { ExpenseCategory } from './expense-enums';

@InputType({ description: 'An expense claim (费用报销) the spender files for approval.' })
export class ExpenseClaimInput {
  @Field(() => MoneyScalar, { description: 'The amount spent, in yuan: more than 0 and at most 100000.00.' })
  amount: Fen;

  @Field(() => ExpenseCategory, { description: 'What it was spent on.' })
  category: ExpenseCategory;

  @Field(() => LocalDateScalar, { description: `The day the money was spent. ${WINDOW_TEXT.past}` })
  spentOn: LocalDate;

  @Field(() => ID, {
    nullable: true,
    description:
      'The customer it was spent for, if any: a salesperson may name only a customer they own; leaders any customer.',
  })
  customerId?: string | null;

  @Field({ description: 'The receipt or invoice number (1 to 100 characters).' })
  receiptRef: string;

  @Field({ description: 'What the money was spent on (1 to 2000 characters).' })
  description: string;
}
