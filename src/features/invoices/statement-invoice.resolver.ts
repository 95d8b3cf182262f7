import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Statement } from '../statements';
import { Invoice } from './invoice.entity';

/** A statement's invoice. Invoices add this field to statements because statements sit below invoices. */
@Resolver(() => Statement)
export class StatementInvoiceResolver {
  @FieldResolver(() => Invoice, { nullable: true, description: 'The road-transport invoice, once issued.' })
  async invoice(@Root() s: Statement, @Ctx() ctx: Context) {
    return (await ctx.loaders.statementInvoices.load(s.id))[0] ?? null;
  }
}
