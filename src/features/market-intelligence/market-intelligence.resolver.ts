import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { LocalDateScalar } from '../../graphql/local-date';
import { Fen, MoneyScalar } from '../../graphql/money';
import { Customer, LostCustomerAnalysis } from '../customers';
import { Staff } from '../staff';
import { MarketIntelligence } from './market-intelligence.entity';
import { IntelligenceFilter, MarketIntelligenceInput } from './market-intelligence.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of market intelligence records, newest first.' })
export class MarketIntelligenceConnection extends ConnectionType(MarketIntelligence, 'MarketIntelligence') {}

@ArgsType()
class MarketIntelligenceArgs extends PageArgs {
  @Field(() => IntelligenceFilter, {
    nullable: true,
    description: 'Filters: customer, competitor, route, recorder, period.',
  })
  filter?: IntelligenceFilter | null;
}

@ObjectType({ description: "What the period's market intelligence says about one competitor." })
export class CompetitorIntelligence {
  @Field({
    description: 'The competitor, as most recently spelt (records are grouped case-, width- and space-insensitively).',
  })
  competitor: string;

  @Field(() => Int, { description: 'How many records name it.' })
  reports: number;

  @Field(() => Int, { description: 'How many different customers those records name (customers it serves or courts).' })
  customers: number;

  @Field(() => Int, { description: 'Of those customers, how many are LOST now.' })
  lostCustomers: number;

  @Field(() => [String], { description: 'The routes recorded with it, alphabetically.' })
  routes: string[];

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Average of the rates recorded for it (yuan per tonne, half up to the fen); null when none.',
  })
  averageRate: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Lowest rate recorded for it; null when none.' })
  lowestRate: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Highest rate recorded for it; null when none.' })
  highestRate: Fen | null;

  @Field(() => LocalDateScalar, { description: 'The latest day a record named it.' })
  lastRecordedOn: string;
}

@ObjectType({ description: "What the period's market intelligence says about one route." })
export class RouteIntelligence {
  @Field({ description: 'The route, as most recently spelt (grouped like competitors).' })
  route: string;

  @Field(() => Int, { description: 'How many records name it.' })
  reports: number;

  @Field(() => Int, { description: 'How many different competitors were recorded on it.' })
  competitors: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Average of the competitors' rates recorded on it (yuan per tonne, half up to the fen); null when none.",
  })
  averageRate: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Lowest rate recorded on it; null when none.' })
  lowestRate: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Highest rate recorded on it; null when none.' })
  highestRate: Fen | null;

  @Field(() => LocalDateScalar, { description: 'The latest day a record named it.' })
  lastRecordedOn: string;
}

@ObjectType({
  description:
    "The leaders' view of market intelligence (市场信息) for a period: by competitor and by route, beside the lost-customer analyses of the same period.",
})
export class MarketIntelligenceSummary {
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day counted; null: no lower bound.' })
  from: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day counted; null: no upper bound.' })
  to: string | null;

  @Field(() => Int, { description: 'How many records the period holds.' })
  reports: number;

  @Field(() => [CompetitorIntelligence], { description: 'Per competitor named, the most reported first.' })
  byCompetitor: CompetitorIntelligence[];

  @Field(() => [RouteIntelligence], { description: 'Per route named, the most reported first.' })
  byRoute: RouteIntelligence[];

  @Field(() => [LostCustomerAnalysis], {
    description:
      'The lost-customer analyses (流失客户分析表) recorded in the period (company-local days), newest first.',
  })
  lostCustomerAnalyses: LostCustomerAnalysis[];
}

@Resolver(() => MarketIntelligence)
export class MarketIntelligenceResolver {
  @Mutation(() => MarketIntelligence, {
    description:
      'Records market intelligence (市场信息; SALESPERSON, MANAGER, DIRECTOR): a competitor, its rate, a route, a customer it concerns, what was learnt. Audited.',
  })
  recordMarketIntelligence(
    @Arg('input', { description: 'What was learnt.' }) input: MarketIntelligenceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.marketIntelligence.record(signedIn(ctx), input);
  }

  @Query(() => MarketIntelligenceConnection, {
    description:
      'Market intelligence records, newest first. A salesperson sees those they recorded; DIRECTOR, MANAGER and ASSISTANT_MANAGER see all.',
  })
  marketIntelligence(@Args() args: MarketIntelligenceArgs, @Ctx() ctx: Context) {
    return ctx.services.marketIntelligence.list(signedIn(ctx), args);
  }

  @Query(() => MarketIntelligenceSummary, {
    description:
      'Market intelligence by competitor and by route, with the lost-customer analyses of the same period (DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  marketIntelligenceSummary(
    @Arg('from', () => LocalDateScalar, {
      nullable: true,
      description: `First company-local day counted; no lower bound when omitted. ${WINDOW_TEXT.any}`,
    })
    from: string | null,
    @Arg('to', () => LocalDateScalar, {
      nullable: true,
      description: `Last company-local day counted; no upper bound when omitted. ${WINDOW_TEXT.any}`,
    })
    to: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.marketIntelligence.summary(signedIn(ctx), from, to);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it concerns, if any.' })
  customer(@Root() r: MarketIntelligence, @Ctx() ctx: Context) {
    return r.customerId === null ? null : ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() r: MarketIntelligence, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.recordedById);
  }
}
