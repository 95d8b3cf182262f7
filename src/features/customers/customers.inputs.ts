import { ArrayMinSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { WINDOW_TEXT } from '../../date-window';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date';
import { Department } from '../../domain/roles';
import { CustomerStatus } from './customer-enums';
import { ContactKind } from './contact-log-entry.entity';

@InputType({
  description:
    'A prospect to register after first contact (first contact wins: the same name, credit code or phone cannot be registered twice).',
})
export class RegisterCustomerInput {
  @Field({
    description:
      'Company name, one line. Compared after Unicode NFKC with invisible and format characters removed, case, full/half width, spaces and punctuation folded, and Cyrillic/Greek look-alike letters read as Latin; a name mixing Latin, Cyrillic or Greek letters is BAD_USER_INPUT.',
  })
  @Length(1, 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码), 18 letters and digits, when known.',
  })
  @IsOptional()
  creditCode?: string | null;

  @Field({ description: 'Name of the person contacted.' })
  @Length(1, 100)
  contactName: string;

  @Field({ description: 'Their phone; only the digits are kept and compared.' })
  @Length(1, 40)
  contactPhone: string;

  @Field(() => String, { nullable: true, description: "Address of the customer's site." })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Free notes about the customer (private like the contacts).' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Latitude of the customer's site (WGS-84), used to check visit check-ins.",
  })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude of the customer's site (WGS-84)." })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The salesperson who owns it. Leaders (MANAGER, DIRECTOR) name one; a salesperson may only give their own id (the default).',
  })
  @IsOptional()
  ownerId?: string | null;
}

@InputType({
  description:
    "Changes to a customer's contact details (owner and leaders only). Omitted fields stay as they are; commercial terms (rate, settlement, payment terms) are changed only through approvals.",
})
export class UpdateCustomerDetailsInput {
  @Field(() => String, { nullable: true, description: 'Name of the registration contact person.' })
  @IsOptional()
  @MaxLength(100)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "Address of the customer's site; an empty string clears it." })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Free notes; an empty string clears them.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Latitude of the customer's site (WGS-84); give it together with longitude.",
  })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Longitude of the customer's site (WGS-84); give it together with latitude.",
  })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

@InputType({ description: 'Filters for the customer list; all given filters must match.' })
export class CustomerFilter {
  @Field(() => CustomerStatus, { nullable: true, description: 'Only customers in this status.' })
  @IsOptional()
  status?: CustomerStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only customers owned by this salesperson.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the company name; case, width, spaces and punctuation are ignored, except that a search containing % or _ (or only punctuation) must appear literally in the name (% and _ are plain characters, never wildcards). Control characters are refused (BAD_USER_INPUT).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType({ description: "One department's score in a satisfaction survey." })
export class DepartmentScoreInput {
  @Field(() => Department, { description: 'The operating department scored.' })
  department: Department;

  @Field(() => Int, { description: 'Score from 1 (very dissatisfied) to 5 (very satisfied).' })
  score: number;
}

@InputType({ description: 'A customer satisfaction survey (客户满意程度调查表) taken on a revisit.' })
export class SatisfactionSurveyInput {
  @Field(() => ID, { description: 'The customer surveyed.' })
  customerId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Day of the revisit; today (company time) when omitted. ${WINDOW_TEXT.past}`,
  })
  @IsOptional()
  surveyedOn?: string | null;

  @Field(() => [DepartmentScoreInput], {
    description: 'One score (1-5) per operating department, each department at most once.',
  })
  @ArrayMinSize(1)
  scores: DepartmentScoreInput[];

  @Field({ description: "The customer's comments." })
  @MaxLength(4000)
  comments: string;
}

@InputType({ description: 'A contact with a customer other than a visit (call, materials sent, ...).' })
export class RecordContactInput {
  @Field(() => ID, { description: 'The customer contacted.' })
  customerId: string;

  @Field(() => ContactKind, { description: 'How the customer was contacted.' })
  kind: ContactKind;

  @Field({ description: 'What was said or sent.' })
  @Length(1, 4000)
  summary: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the contact took place; now when omitted. From 2000-01-01 to now (a minute of clock slack): a future time is BAD_USER_INPUT.',
  })
  @IsOptional()
  contactedAt?: Date | null;
}
