import { Field, ID, InputType } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import { LocalDateScalar } from '../../graphql/local-date';
import { Fen, MoneyScalar } from '../../graphql/money';

@InputType({
  description:
    'What a salesperson learnt in the market (市场信息). Give at least what it concerns in `details`; the other fields are what the summary groups by.',
})
export class MarketIntelligenceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The customer it concerns, if any (e.g. a competitor now serves it).',
  })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The competitor it concerns, if any.' })
  competitor?: string | null;

  @Field(() => String, { nullable: true, description: 'The route it concerns, if any (e.g. "上海-成都").' })
  route?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The competitor's freight rate, yuan per tonne; needs `competitor`. Negative is BAD_USER_INPUT.",
  })
  rate?: Fen | null;

  @Field({ description: 'What was learnt.' })
  details: string;
}

@InputType({ description: 'Filters for the market intelligence list; all given filters must match.' })
export class IntelligenceFilter {
  @Field(() => ID, { nullable: true, description: 'Only records about this customer.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only records about this competitor (compared case-, width- and space-insensitively).',
  })
  competitor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records about this route (compared like competitor).' })
  route?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only records by this staff member (a salesperson always sees only their own).',
  })
  recordedById?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only records of this company-local day or later. ${WINDOW_TEXT.any}`,
  })
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only records of this company-local day or earlier. ${WINDOW_TEXT.any}`,
  })
  to?: string | null;
}
