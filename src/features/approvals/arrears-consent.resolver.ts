import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { MoneyScalar } from '../../graphql/money';
import { Customer } from '../customers';
import { NoticeStatus, Signature } from '../signoffs';
import { Department } from '../../domain/roles';
import { Staff } from '../staff';
import { ApprovalRequest } from './approval-request.entity';
import { ArrearsConsent } from './arrears-consent.entity';
import { signedIn } from '../../auth/actor';
import { must } from '../../errors';

@Resolver(() => ArrearsConsent)
export class ArrearsConsentResolver {
  @Query(() => [ArrearsConsent], {
    description:
      'Arrears consents; overdue: true lists those whose promised date has passed while the customer still owes, with the handler who must collect. A consent counts (here and for pickups) only once every department it names has signed: one still PENDING is never in the overdue list.',
  })
  arrearsConsents(
    @Arg('overdue', () => Boolean, {
      description:
        'true: only fully signed consents past their promised date with money still owed; false: all the others; omitted: all.',
      nullable: true,
    })
    overdue: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.arrearsConsents.list(signedIn(ctx), overdue ?? null);
  }

  @Mutation(() => ArrearsConsent, {
    description:
      'Signs an arrears consent for a department; only its head may, once. A completed consent never changes (CONFLICT).',
  })
  signArrearsConsent(
    @Arg('id', () => ID, { description: 'The arrears consent notice (同意欠费通知单) to sign.' }) id: string,
    @Arg('department', () => Department, { description: 'The department the caller signs for (they must head it).' })
    department: Department,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.arrearsConsents.sign(signedIn(ctx), id, department);
  }

  @FieldResolver(() => Customer, { description: 'The customer allowed to owe the amount.' })
  customer(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(a.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The handler responsible for collecting it.' })
  handler(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(a.handlerId);
  }

  @FieldResolver(() => ApprovalRequest, { description: 'The approved request.' })
  request(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return ctx.loaders.approvalRequest.load(a.requestId);
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description:
      "What the customer still owes of it now: the lesser of the amount and what the customer owes past due (0 when paid). A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  async unpaidAmount(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return Math.max(0, Math.min(a.amount, await ctx.loaders.customerOverdueUnpaid.load(a.customerId)));
  }

  @FieldResolver(() => NoticeStatus, {
    description: 'PENDING until every named department has signed, then COMPLETED.',
  })
  async status(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return must(await ctx.loaders.signoffForm.load(a.formId), `sign-off form ${a.formId}`).status;
  }

  @FieldResolver(() => [Signature], { description: "The departments' signatures." })
  signatures(@Root() a: ArrearsConsent, @Ctx() ctx: Context) {
    return ctx.loaders.signatures.load(a.formId);
  }
}
