import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Customer, knownCustomer } from '../customers';
import { Receivable } from '../ledger';

@Resolver(() => Customer)
export class CustomerReceivablesResolver {
  @FieldResolver(() => [Receivable], {
    nullable: true,
    description:
      "The customer's receivables (应收款) not yet fully paid, oldest due date first. A customer's money: null with a FORBIDDEN error for anyone but its owner, the COLLECTOR and the leaders (DIRECTOR, MANAGER, ASSISTANT_MANAGER). One statement for a whole page of customers.",
  })
  openReceivables(@Root() c: Customer, @Ctx() ctx: Context) {
    // Each receivable's money rule looks up its customer's owner: that customer is this parent,
    // already loaded, so the page costs no extra statement (nor a wait) to find it again.
    knownCustomer(ctx, c);
    return ctx.loaders.openReceivablesByCustomer.load(c.id);
  }
}
