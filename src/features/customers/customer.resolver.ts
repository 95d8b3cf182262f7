import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { nodeFieldsAsked } from '../../graphql/node-fields';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { Staff } from '../staff';
import { Customer } from './customer.entity';
import { ContactPerson } from './contact-person.entity';
import { OwnershipChange } from './ownership-change.entity';
import { CustomerService } from './customer.service';
import { pageColumnsFor } from './customer-page-columns';
import { CustomerFilter, RegisterCustomerInput, UpdateCustomerDetailsInput } from './customers.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of customers, newest first.' })
export class CustomerConnection extends ConnectionType(Customer, 'Customer') {}

@ObjectType({
  description:
    'Whether a customer is already registered (checkProspect), by whom and since when; never its contact details.',
})
export class ProspectCheck {
  @Field({ description: 'True when a customer with this name, credit code or phone is registered.' })
  registered: boolean;

  @Field(() => Customer, {
    nullable: true,
    description: 'The registered customer (its contact details follow the usual privacy rule).',
  })
  customer: Customer | null;

  ownerId: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its owner first contacted it: the time that decides ownership.',
  })
  firstContactAt: Date | null;
}

@ArgsType()
class CustomersArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true, description: 'Filters: status, owner, name search.' })
  filter?: CustomerFilter | null;
}

/**
 * Shown contact details are recorded when the reader is not the owner: one batched insert per
 * request (ctx.loaders.contactReads), awaited so nothing is shown unrecorded.
 */
async function noteContactRead(ctx: Context, customer: Customer): Promise<void> {
  if (!ctx.actor || ctx.actor.id === customer.ownerId) return;
  await ctx.loaders.contactReads.load({ staffId: ctx.actor.id, customerId: customer.id, ownerId: customer.ownerId });
}

@Resolver(() => ProspectCheck)
export class ProspectCheckResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The salesperson who owns the registered customer.' })
  owner(@Root() check: ProspectCheck, @Ctx() ctx: Context) {
    return check.ownerId === null ? null : ctx.loaders.staff.load(check.ownerId);
  }
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, {
    description:
      'Every customer, newest first (all staff, to avoid duplicate work); contact details only where the reader may see them.',
  })
  customers(@Args() args: CustomersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const customers = ctx.services.customers;
    return customers.list(args, pageColumnsFor(customers.pageColumns, nodeFieldsAsked(info), ctx, args.filter));
  }

  @Query(() => Customer, { nullable: true, description: 'One customer by id; null when there is none.' })
  customer(@Arg('id', () => ID, { description: "The customer's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.customers.find(id);
  }

  @Query(() => ProspectCheck, {
    description:
      'Before calling a prospect: is it registered (by normalized name, credit code or phone digits), by whom and since when. Never returns contact details.',
  })
  checkProspect(
    @Arg('name', () => String, {
      nullable: true,
      description:
        'Company name (compared as registerCustomer compares it: invisible characters, case, width, spaces and punctuation ignored).',
    })
    name: string | null,
    @Arg('creditCode', () => String, { nullable: true, description: 'Unified social credit code.' })
    creditCode: string | null,
    @Arg('phone', () => String, { nullable: true, description: 'Contact phone (only digits compared).' })
    phone: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.checkProspect({ name, creditCode, phone });
  }

  @Mutation(() => Customer, {
    description:
      'Registers a prospect after first contact, for the calling salesperson (leaders name the salesperson). The same customer registered earlier is CUSTOMER_ALREADY_OWNED with ownerName and firstContactAt.',
  })
  registerCustomer(
    @Arg('input', { description: 'The prospect and its first contact.' }) input: RegisterCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.register(signedIn(ctx), input);
  }

  @Mutation(() => Customer, {
    description:
      'Moves a customer to another salesperson with a reason (MANAGER, DIRECTOR); kept in the ownership history and audited.',
  })
  reassignCustomer(
    @Arg('customerId', () => ID, { description: 'The customer to move.' }) customerId: string,
    @Arg('ownerId', () => ID, { description: 'The salesperson who becomes its owner.' }) ownerId: string,
    @Arg('reason', { description: 'Why the customer moves.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.reassign(signedIn(ctx), customerId, ownerId, reason);
  }

  @Mutation(() => ContactPerson, { description: 'Adds a contact person to a customer (the owner and leaders only).' })
  addContactPerson(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('name', { description: "The contact person's name." }) name: string,
    @Arg('phone', { description: 'Their phone; only digits are kept.' }) phone: string,
    @Arg('title', () => String, { nullable: true, description: 'Their job title.' }) title: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.addContactPerson(signedIn(ctx), customerId, { name, phone, title });
  }

  @Mutation(() => Customer, {
    description:
      "Edits a customer's contact details: contact name, address, notes, site coordinates (the owner and leaders only). Rates and settlement are changed only through approvals.",
  })
  updateCustomerDetails(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('input', { description: 'The details to change.' }) input: UpdateCustomerDetailsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customers.updateDetails(signedIn(ctx), customerId, input);
  }

  @FieldResolver(() => Staff, { description: 'The salesperson who owns the customer.' })
  owner(@Root() customer: Customer, @Ctx() ctx: Context) {
    // A page that asked for owners read them with its rows (customer-page-owners.ts): answered at once.
    return ctx.loaders.knownStaff.get(customer.ownerId) ?? ctx.loaders.staff.load(customer.ownerId);
  }

  @FieldResolver(() => [ContactPerson], {
    nullable: true,
    description:
      'Contact persons, the registration contact first. Private: null with a FORBIDDEN error for a salesperson who does not own the customer.',
  })
  async contacts(@Root() customer: Customer, @Ctx() ctx: Context) {
    const [added] = await Promise.all([
      ctx.loaders.contactPersonsByCustomer.load(customer.id),
      noteContactRead(ctx, customer),
    ]);
    return [CustomerService.primaryContact(customer), ...added];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Address of the customer's site. Private like the contacts.",
  })
  async address(@Root() customer: Customer, @Ctx() ctx: Context) {
    await noteContactRead(ctx, customer);
    return customer.address;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Free notes about the customer. Private like the contacts.',
  })
  async notes(@Root() customer: Customer, @Ctx() ctx: Context) {
    await noteContactRead(ctx, customer);
    return customer.notes;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Latitude of the customer's site (WGS-84), used to check visit check-ins. Private like the address.",
  })
  async latitude(@Root() customer: Customer, @Ctx() ctx: Context) {
    await noteContactRead(ctx, customer);
    return customer.latitude;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Longitude of the customer's site (WGS-84). Private like the address.",
  })
  async longitude(@Root() customer: Customer, @Ctx() ctx: Context) {
    await noteContactRead(ctx, customer);
    return customer.longitude;
  }

  @FieldResolver(() => [OwnershipChange], {
    description: 'Who has owned the customer, oldest first: the registration, then every reassignment with its reason.',
  })
  ownershipHistory(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.ownershipHistoryByCustomer.load(customer.id);
  }
}

@Resolver(() => OwnershipChange)
export class OwnershipChangeResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The previous owner; null for the registration.' })
  fromOwner(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return change.fromOwnerId === null ? null : ctx.loaders.staff.load(change.fromOwnerId);
  }

  @FieldResolver(() => Staff, { description: 'The owner from this point on.' })
  toOwner(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(change.toOwnerId);
  }

  @FieldResolver(() => Staff, { description: 'Who registered or reassigned the customer.' })
  changedBy(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(change.changedById);
  }
}
