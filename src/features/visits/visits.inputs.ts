import { IsOptional, Length } from 'class-validator';
import { WINDOW_TEXT } from '../../date-window';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date';
import { VisitStatus } from './visit.entity';

@InputType({
  description: 'A visit to plan. A salesperson plans visits only to customers they own; leaders plan for any customer.',
})
export class PlanVisitInput {
  @Field(() => ID, { description: 'The customer to visit.' })
  customerId: string;

  @Field(() => Date, {
    description:
      'When the visit is planned: not before the customer existed (its firstContactAt) and at most 366 days ahead; outside that is BAD_USER_INPUT.',
  })
  plannedAt: Date;

  @Field({ description: 'What the visit is for.' })
  @Length(1, 1000)
  purpose: string;

  @Field(() => ID, { nullable: true, description: "The customer's open visit request this visit fulfils." })
  @IsOptional()
  visitRequestId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The salesperson who makes the visit: always the customer's owner (the default); anyone else is refused, as visits are recorded only for customers one owns.",
  })
  @IsOptional()
  salespersonId?: string | null;
}

@InputType({ description: 'Filters for the visit list; all given filters must match.' })
export class VisitFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only this salesperson's visits (a salesperson always sees only their own).",
  })
  @IsOptional()
  salespersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only visits to this customer.' })
  @IsOptional()
  customerId?: string | null;

  @Field(() => VisitStatus, { nullable: true, description: 'Only visits in this status.' })
  @IsOptional()
  status?: VisitStatus | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only visits planned on or after this company-local day. ${WINDOW_TEXT.any}`,
  })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only visits planned on or before this company-local day. ${WINDOW_TEXT.any}`,
  })
  @IsOptional()
  to?: string | null;
}
