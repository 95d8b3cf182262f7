import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { MoneyScalar } from '../../graphql/money';
import { Customer } from '../customers';
import { Consignment } from './consignment.entity';
import { formatWeightKg } from './freight';
import { RecordConsignmentInput } from './consignment.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of consignments, newest first.' })
export class ConsignmentConnection extends ConnectionType(Consignment, 'Consignment') {}

@ArgsType()
class ConsignmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's consignments." })
  customerId?: string | null;
}

@Resolver(() => Consignment)
export class ConsignmentResolver {
  @Mutation(() => Consignment, {
    description:
      "Records a waybill (COLLECTOR, DISPATCHER); freight is computed from the approved rate in force on the shipped date. A customer without an approved rate on that day is refused with RATE_NOT_APPROVED (nothing ships before a leader approves a rate); freight is zero only after an approved free shipment. A duplicate waybill number is CONFLICT. It goes on the customer's next statement, even when its own period was already billed.",
  })
  recordConsignment(
    @Arg('input', { description: "The consignment's (托运单) waybill, customer, shipped date and weight." })
    input: RecordConsignmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.consignments.record(signedIn(ctx), input);
  }

  @Query(() => ConsignmentConnection, {
    description: "Consignments, newest first (a salesperson sees own customers' only).",
  })
  consignments(@Args() args: ConsignmentsArgs, @Ctx() ctx: Context) {
    return ctx.services.consignments.list(signedIn(ctx), args);
  }

  @FieldResolver(() => Customer, { description: 'The customer who shipped it.' })
  customer(@Root() c: Consignment, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(c.customerId);
  }

  @FieldResolver(() => Float, { description: 'Weight in kg.' })
  weightKg(@Root() c: Consignment) {
    return formatWeightKg(c.weightGrams);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "Freight plus counting, handling and other fees. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  total(@Root() c: Consignment) {
    return c.total;
  }

  @FieldResolver(() => Boolean, { description: 'True when a free shipment was approved for it.' })
  freeShipment(@Root() c: Consignment) {
    return c.freeShipmentRequestId !== null;
  }
}
