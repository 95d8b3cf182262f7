import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { unselectedFields } from '../../graphql/unselected-fields';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { Customer } from '../customers';
import { recentVisitsKey } from './visit.loaders';
import { Visit } from './visit.entity';
import { signedIn } from '../../auth/actor';

/** The most visits `recentVisits` returns per customer. */
export const MAX_RECENT_VISITS = 10;

@Resolver(() => Customer)
export class CustomerVisitsResolver {
  @FieldResolver(() => [Visit], {
    description:
      "The customer's latest visits (拜访), newest planned first (default 3, at most 10). Like `visits`, a salesperson sees only the visits they made themselves (so, for another salesperson's customer, usually none); DIRECTOR, MANAGER and ASSISTANT_MANAGER see all. One statement for a whole page of customers.",
  })
  recentVisits(
    @Root() c: Customer,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 3, description: 'How many visits, 1 to 10 (default 3).' }) limit: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT_VISITS) {
      throw new BadUserInputError(`limit must be between 1 and ${MAX_RECENT_VISITS}.`, 'limit');
    }
    return ctx.loaders.recentVisits.load(recentVisitsKey(signedIn(ctx), c.id, limit, unselectedFields(info)));
  }
}
