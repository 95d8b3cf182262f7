import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { Payment } from '../ledger';
import { signedIn } from '../../auth/actor';

@Resolver(() => Payment)
export class PaymentResolver {
  @Mutation(() => Payment, {
    description:
      'Records a payment (COLLECTOR). The same idempotencyKey with the same payment returns the first result and records nothing new; with a different payment it is CONFLICT. Settles the oldest open receivables first; an overpayment stays as credit.',
  })
  recordPayment(
    @Arg('customerId', () => ID, { description: 'The customer who paid.' }) customerId: string,
    @Arg('amount', () => MoneyScalar, { description: 'The amount received, in yuan.' }) amount: Fen,
    @Arg('receivedOn', () => LocalDateScalar, { description: `The day the money was received. ${WINDOW_TEXT.past}` })
    receivedOn: string,
    @Arg('reference', { description: 'Bank or receipt reference.' }) reference: string,
    @Arg('idempotencyKey', { description: 'A key the client makes once per payment and repeats on retries.' })
    idempotencyKey: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.payments.record(signedIn(ctx), { customerId, amount, receivedOn, reference, idempotencyKey });
  }

  @FieldResolver(() => Customer, { description: 'The paying customer.' })
  customer(@Root() p: Payment, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(p.customerId);
  }
}
