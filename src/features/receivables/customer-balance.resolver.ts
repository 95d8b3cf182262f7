import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { MoneyScalar } from '../../graphql/money';
import { Customer } from '../customers';

@Resolver(() => Customer)
export class CustomerBalanceResolver {
  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "What the customer owes now: confirmed statements minus payments, exact to the fen; negative when in credit. A customer's money: null with a FORBIDDEN error for anyone but its owner, the COLLECTOR and the leaders (DIRECTOR, MANAGER, ASSISTANT_MANAGER).",
  })
  balance(@Root() c: Customer, @Ctx() ctx: Context) {
    // A page that asked for balances read them with its rows (customerBalanceColumn): answered at once.
    return ctx.loaders.customerBalanceKnown.get(c.id) ?? ctx.loaders.customerBalance.load(c.id);
  }
}
