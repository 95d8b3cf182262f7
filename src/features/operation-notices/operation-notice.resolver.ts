import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Customer } from '../customers';
import { ApprovalRequest } from '../approvals';
import { NoticeStatus, Signature } from '../signoffs';
import { Department } from '../../domain/roles';
import { Staff } from '../staff';
import { OperationNotice, OperationNoticeKind } from './operation-notice.entity';
import { signedIn } from '../../auth/actor';
import { must } from '../../errors';

@Resolver(() => OperationNotice)
export class OperationNoticeResolver {
  @Mutation(() => OperationNotice, {
    description:
      "Fills an operation notice for a new customer, a returning customer or a settlement change (the customer's owner or a leader), naming the departments that must sign (the sign-off policy's departments for the kind are always added). A settlement change applies only with a notice filed for its request (requestId), after it, naming its new method, and signed by every department it names; a notice completed for another request or another method counts for nothing. One notice per request (CONFLICT for a second); a rejected or already applied request gets CONFLICT.",
  })
  createOperationNotice(
    @Arg('customerId', () => ID, { description: 'The customer the operation notice (新(重)进客户操作通知单) is for.' })
    customerId: string,
    @Arg('kind', () => OperationNoticeKind, { description: 'New customer, returning customer, or settlement change.' })
    kind: OperationNoticeKind,
    @Arg('departments', () => [Department], {
      description:
        "The departments whose heads must sign the notice, besides those the DIRECTOR's sign-off policy always requires for this kind (they are added; they cannot be dropped).",
    })
    departments: Department[],
    @Arg('requestId', () => ID, {
      nullable: true,
      description:
        "SETTLEMENT_CHANGE (required): the settlement change request of this customer the notice is filed for; the notice names that request's new method. Other kinds: leave out.",
    })
    requestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationNotices.create(signedIn(ctx), customerId, kind, departments, requestId ?? null);
  }

  @Mutation(() => OperationNotice, {
    description:
      "Signs an operation notice for a department: only that department's head, once. When all have signed it is COMPLETED and never changes again (CONFLICT).",
  })
  signOperationNotice(
    @Arg('id', () => ID, { description: 'The operation notice (新(重)进客户操作通知单) to sign.' }) id: string,
    @Arg('department', () => Department, { description: 'The department the caller signs for (they must head it).' })
    department: Department,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationNotices.sign(signedIn(ctx), id, department);
  }

  @Query(() => [OperationNotice], {
    description: "Operation notices, newest first (a salesperson sees own customers' only).",
  })
  operationNotices(
    @Arg('status', () => NoticeStatus, {
      description: 'Only notices in this state (pending signatures, completed, rejected).',
      nullable: true,
    })
    status: NoticeStatus | null,
    @Arg('customerId', () => ID, { description: 'Only the notices of this customer.', nullable: true })
    customerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationNotices.list(signedIn(ctx), status ?? null, customerId ?? null);
  }

  @FieldResolver(() => NoticeStatus, {
    description: 'PENDING until every named department has signed, then COMPLETED for ever.',
  })
  async status(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return must(await ctx.loaders.signoffForm.load(n.formId), `sign-off form ${n.formId}`).status;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the last department signed.' })
  async completedAt(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return must(await ctx.loaders.signoffForm.load(n.formId), `sign-off form ${n.formId}`).completedAt;
  }

  @FieldResolver(() => [Signature], { description: "Each named department's signature." })
  signatures(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.signatures.load(n.formId);
  }

  @FieldResolver(() => Customer, {
    description: 'The customer the operation notice (新(重)进客户操作通知单) is about.',
  })
  customer(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(n.customerId);
  }

  @FieldResolver(() => ApprovalRequest, {
    nullable: true,
    description:
      'SETTLEMENT_CHANGE: the settlement change request the notice was filed for (null for other kinds and for notices filed before notices were tied to requests).',
  })
  request(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return n.requestId === null ? null : ctx.loaders.approvalRequest.load(n.requestId);
  }

  @FieldResolver(() => Staff, { description: 'The handler who filled it.' })
  handler(@Root() n: OperationNotice, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(n.handlerId);
  }
}
