import { WINDOW_TEXT } from '../../date-window';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

@InputType({ description: 'A waybill to record (托运单).' })
export class RecordConsignmentInput {
  @Field(() => ID, { description: 'The customer who ships.' })
  customerId: string;

  @Field({ description: 'Waybill number; unique (a duplicate is CONFLICT).' })
  waybillNo: string;

  @Field(() => LocalDateScalar, {
    description: `The day it was shipped: decides the rate in force, which must be an approved one (RATE_NOT_APPROVED otherwise). ${WINDOW_TEXT.past}`,
  })
  shippedOn: string;

  @Field({ description: 'Origin.' })
  origin: string;

  @Field({ description: 'Destination.' })
  destination: string;

  @Field(() => Float, { description: 'Weight in kg, at most three decimals.' })
  weightKg: number;

  @Field(() => Int, { description: 'Number of pieces.' })
  pieces: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Counting fee (点数费); 0 when omitted.' })
  countingFee?: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Handling fee (装卸费); 0 when omitted.' })
  handlingFee?: Fen | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Other fees; 0 when omitted.' })
  otherFee?: Fen | null;
}
