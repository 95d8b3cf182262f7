import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Fen, MoneyScalar } from '../../graphql/money';
import { Statement } from '../statements';
import { Invoice } from './invoice.entity';
import { signedIn } from '../../auth/actor';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Mutation(() => Invoice, {
    description:
      'Issues the road-transport invoice (公路运输发票) of a confirmed statement (COLLECTOR): the amount must equal the confirmed total (AMOUNT_MISMATCH otherwise); one invoice per statement; numbers are unique (CONFLICT).',
  })
  issueInvoice(
    @Arg('statementId', () => ID, {
      description: 'The confirmed statement (对账单) the invoice (公路运输发票) is for.',
    })
    statementId: string,
    @Arg('invoiceNo', { description: 'The printed invoice number.' }) invoiceNo: string,
    @Arg('amount', () => MoneyScalar, {
      description: "The invoice amount in yuan; must equal the confirmed statement's total.",
    })
    amount: Fen,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.invoices.issue(signedIn(ctx), statementId, invoiceNo, amount);
  }

  @FieldResolver(() => Statement, { description: 'The invoiced statement.' })
  statement(@Root() i: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(i.statementId);
  }
}
