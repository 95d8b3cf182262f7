import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../auth/actor';
import { Context } from '../../context';
import { Customer } from '../customers/customer.entity';
import { Receivable } from './receivable.entity';
import { MONEY_READERS } from './row-filter';

@Resolver(() => Customer)
export class CustomerReceivablesResolver {
  @FieldResolver(() => [Receivable], {
    description:
      'The customer\'s receivables (应收款) not yet fully paid, oldest due date first. Like `receivables`, a salesperson sees them only for customers they own (an empty list otherwise); DIRECTOR, MANAGER, ASSISTANT_MANAGER and COLLECTOR see all. One statement for a whole page of customers.',
  })
  openReceivables(@Root() c: Customer, @Ctx() ctx: Context) {
    const actor = ctx.actor;
    if (!actor) return [];
    if (!hasRole(actor, ...MONEY_READERS) && c.ownerId !== actor.id) return [];
    return ctx.loaders.openReceivablesByCustomer.load(c.id);
  }
}
