import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { Staff } from '../staff';
import { RANKING_FORMULA, RankingRow, RankingWeights, RankingWeightsInput } from './ranking.types';
import { signedIn } from '../../auth/actor';

@Resolver(() => RankingWeights)
export class RankingWeightsResolver {
  @Mutation(() => RankingWeights, {
    description: `Sets the weights of the monthly performance ranking (DIRECTOR only). They apply to every month that ends after now; months already ended keep their weights. Audited. ${RANKING_FORMULA}`,
  })
  setRankingWeights(
    @Arg('input', { description: 'One weight per component.' }) input: RankingWeightsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ranking.setWeights(signedIn(ctx), input);
  }

  @Query(() => RankingWeights, {
    description: 'The ranking weights in force now (SALESPERSON, DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  rankingWeights(@Ctx() ctx: Context) {
    return ctx.services.ranking.weights();
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The DIRECTOR who set them; null for the defaults.' })
  setBy(@Root() w: RankingWeights, @Ctx() ctx: Context) {
    return w.setById === null ? null : ctx.loaders.staff.load(w.setById);
  }
}

@Resolver(() => RankingRow)
export class RankingResolver {
  @Query(() => [RankingRow], {
    description:
      'The performance ranking (考核评比) of a month, best first: every active salesperson and anyone with a target that month. ' +
      `A SALESPERSON gets only their own row (with their rank among all); DIRECTOR, MANAGER and ASSISTANT_MANAGER get every row. ${RANKING_FORMULA}`,
  })
  performanceRanking(
    @Arg('month', { description: `The month, "2026-10". ${WINDOW_TEXT.month}` }) month: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ranking.ranking(signedIn(ctx), month);
  }
}
