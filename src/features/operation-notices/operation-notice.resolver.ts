import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Customer } from '../customers/customer.entity';
import { NoticeStatus } from '../signoffs/signoff-form.entity';
import { Signature } from '../signoffs/signature.entity';
import { Department } from '../staff/role';
import { Staff } from '../staff/staff.entity';
import { OperationNotice, OperationNoticeKind } from './operation-notice.entity';

@Resolver(() => OperationNotice)
export class OperationNoticeResolver {
  @Mutation(() => OperationNotice, { description: 'Fills an operation notice for a new customer, a returning customer or a settlement change (the customer\'s owner or a leader), naming the departments that must sign.' })
  createOperationNotice(
    @Arg('customerId', () => ID, { description: 'The customer the operation notice (新(重)进客户操作通知单) is for.' }) customerId: string,
    @Arg('kind', () => OperationNoticeKind, { description: 'New customer, returning customer, or settlement change.' }) kind: OperationNoticeKind,
    @Arg('departments', () => [Department], { description: 'The departments whose heads must sign the notice.' }) departments: Department[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationNotices.create(ctx.actor!, customerId, kind, departments);
  }

  @Mutation(() => OperationNotice, { description: 'Signs an operation notice for a department: only that department\'s head, once. When all have signed it is COMPLETED and never changes again (CONFLICT).' })
  signOperationNotice(@Arg('id', () => ID, { description: 'The operation notice (新(重)进客户操作通知单) to sign.' }) id: string, @Arg('department', () => Department, { description: 'The department the caller signs for (they must head it).' }) department: Department, @Ctx() ctx: Context) {
    return ctx.services.operationNotices.sign(ctx.actor!, id, department);
  }

  @Query(() => [OperationNotice], { description: 'Operation notices, newest first (a salesperson sees own customers\' only).' })
  operationNotices(
    @Arg('status', () => NoticeStatus, { description: 'Only notices in this state (pending signatures, completed, rejected).', nullable: true }) status: NoticeStatus | null,
    @Arg('customerId', () => ID, { description: 'Only the notices of this customer.', nullable: true }) customerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationNotices.list(ctx.actor!, status ?? null, customerId ?? null);
  }

  @FieldResolver(() => NoticeStatus, { description: 'PENDING until every named department has signed, then COMPLETED for ever.' })
  async status(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return (await ctx.loaders.signoffForm.load(n.formId))!.status;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the last department signed.' })
  async completedAt(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return (await ctx.loaders.signoffForm.load(n.formId))!.completedAt;
  }

  @FieldResolver(() => [Signature], { description: 'Each named department\'s signature.' })
  signatures(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.signatures.load(n.formId);
  }

  @FieldResolver(() => Customer, { description: 'The customer the operation notice (新(重)进客户操作通知单) is about.' })
  customer(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(n.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The handler who filled it.' })
  handler(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(n.handlerId);
  }
}
