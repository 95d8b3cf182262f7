import { Field, ID, InputType } from 'type-graphql';
import { ComplaintSeverity, ComplaintStatus } from './complaint.entity';

@InputType({ description: 'A complaint heard from a customer (客户投诉). Anyone who talks to customers records it.' })
export class ComplaintInput {
  @Field(() => ID, { description: 'The customer who complained.' })
  customerId: string;

  @Field({ description: 'What happened, as the customer told it.' })
  description: string;

  @Field(() => ComplaintSeverity, { description: 'How serious it is.' })
  severity: ComplaintSeverity;
}

@InputType({ description: 'Filters for the complaint list; all given filters must match.' })
export class ComplaintFilter {
  @Field(() => ID, { nullable: true, description: 'Only complaints of this customer.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only complaints assigned to this handler.' })
  handlerId?: string | null;

  @Field(() => ComplaintStatus, { nullable: true, description: 'Only complaints in this status.' })
  status?: ComplaintStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only overdue complaints (assigned, not resolved, due date before today in the company time zone); false: only those not overdue.',
  })
  overdue?: boolean | null;
}
