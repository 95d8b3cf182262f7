import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { checkDate, companyToday, WINDOW_TEXT, windows } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';
import { Consignment } from '../consignments';
import { SettlementMethod, Customer } from '../customers';
import { NoticeStatus, Signature } from '../signoffs';
import { Department } from '../../domain/roles';
import { Staff } from '../staff';
import { ApprovalKind, ApprovalStatus } from './approval-enums';
import { ApprovalPolicy } from './approval-policy.entity';
import { ApprovalRequest } from './approval-request.entity';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of approval requests, newest first.' })
export class ApprovalRequestConnection extends ConnectionType(ApprovalRequest, 'ApprovalRequest') {}

@ArgsType()
class ApprovalRequestsArgs extends PageArgs {
  @Field(() => ApprovalStatus, { nullable: true, description: 'Only requests in this status.' })
  status?: ApprovalStatus | null;

  @Field(() => ApprovalKind, { nullable: true, description: 'Only requests of this kind.' })
  kind?: ApprovalKind | null;

  @Field(() => ID, { nullable: true, description: 'Only requests about this customer.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests filed by this staff member.' })
  requesterId?: string | null;
}

const reasonArg = { description: 'Why the request is made.' };

@Resolver(() => ApprovalRequest)
export class ApprovalResolver {
  @Query(() => ApprovalRequestConnection, {
    description:
      'Approval requests, newest first: leaders and the assistant manager see all; department heads and the dispatcher also the approved ones with a liaison form to sign; anyone else only the requests they filed.',
  })
  approvalRequests(@Args() args: ApprovalRequestsArgs, @Ctx() ctx: Context) {
    return ctx.services.approvalRequests.list(signedIn(ctx), args);
  }

  @Query(() => ApprovalRequest, { description: 'One approval request (NOT_FOUND when the caller may not see it).' })
  approvalRequest(
    @Arg('id', () => ID, { description: 'The approval request to read.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.get(signedIn(ctx), id);
  }

  @Mutation(() => ApprovalRequest, {
    description: 'Asks for a new freight rate for a customer (owner SALESPERSON, or a leader).',
  })
  requestRateChange(
    @Arg('customerId', () => ID, { description: 'The customer whose freight rate changes.' }) customerId: string,
    @Arg('newRate', () => MoneyScalar, {
      description:
        'Yuan per tonne, more than zero (a customer has no rate until one is approved; freight is zero only by an approved free shipment).',
    })
    newRate: Fen,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.rateChange(signedIn(ctx), customerId, newRate, reason);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      'Asks for free shipment of one recorded consignment (owner SALESPERSON, or a leader); on approval its freight becomes zero.',
  })
  requestFreeShipment(
    @Arg('consignmentId', () => ID, { description: 'The consignment (托运单) to ship free of charge.' })
    consignmentId: string,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.freeShipment(signedIn(ctx), consignmentId, reason);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      "Asks to change a customer's settlement method (owner SALESPERSON, or a leader); applies once approved and a SETTLEMENT_CHANGE operation notice filed for this request (createOperationNotice with requestId, after this request) is signed by every department it names.",
  })
  requestSettlementChange(
    @Arg('customerId', () => ID, { description: 'The customer whose settlement method changes.' }) customerId: string,
    @Arg('method', () => SettlementMethod, { description: 'The settlement method asked for.' })
    method: SettlementMethod,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.settlementChange(signedIn(ctx), customerId, method, reason);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      'Asks consent for a customer to owe an amount until a promised date (owner SALESPERSON, or a leader); on approval an arrears consent notice is written for the departments to sign. The consent counts (for pickups and the overdue list) only once every department it names has signed.',
  })
  requestArrears(
    @Arg('customerId', () => ID, { description: 'The customer asking to owe.' }) customerId: string,
    @Arg('amount', () => MoneyScalar, {
      description: 'The amount, in yuan, the customer asks to owe (同意欠费通知单).',
    })
    amount: Fen,
    @Arg('promisedDate', () => LocalDateScalar, {
      description: `The day by which the customer promises to pay. ${WINDOW_TEXT.upcoming}`,
    })
    promisedDate: string,
    @Arg('reason', reasonArg) reason: string,
    @Arg('departments', () => [Department], {
      nullable: true,
      description:
        "Departments that must sign the consent (default MARKET and FINANCE); the sign-off policy's departments for ARREARS_CONSENT are always added, never dropped.",
    })
    departments: Department[] | null,
    @Ctx() ctx: Context,
  ) {
    checkDate(promisedDate, 'promisedDate', windows.upcoming(companyToday(ctx.services.config.timeZone)));
    return ctx.services.approvalRequests.arrears(
      signedIn(ctx),
      customerId,
      amount,
      promisedDate,
      reason,
      departments ?? null,
    );
  }

  @Mutation(() => ApprovalRequest, {
    description:
      'Records a verified claim or deduction (理赔/扣款) for approval (COLLECTOR); on approval it waits as a negative line for the next statement.',
  })
  requestDeduction(
    @Arg('customerId', () => ID, { description: 'The customer the deduction is for.' }) customerId: string,
    @Arg('amount', () => MoneyScalar, {
      description: "The amount, in yuan, to deduct from the customer's next statement.",
    })
    amount: Fen,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.deduction(signedIn(ctx), customerId, amount, reason);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      'Files an inter-department liaison form (部门信息联络处理单) for a special operating need (owner SALESPERSON, or a leader); on approval the named departments sign it.',
  })
  requestSpecialOperation(
    @Arg('customerId', () => ID, { description: 'The customer with the special operating need.' }) customerId: string,
    @Arg('details', { description: 'What the special operation is, as written on the liaison form.' }) details: string,
    @Arg('departments', () => [Department], {
      description:
        "The departments that must handle and sign the liaison form (部门信息联络处理单); the sign-off policy's departments for LIAISON_FORM are always added.",
    })
    departments: Department[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.specialOperation(signedIn(ctx), customerId, details, departments);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      "Approves a pending request (MANAGER or DIRECTOR, never the filer: SELF_APPROVAL) and applies its effect; above the policy's limits only a DIRECTOR may (a MANAGER gets FORBIDDEN with the reason). Limits are judged on the state when the decision is made, with decisions about one customer taking turns: a rate cut is measured against the rate in force now, not the rate when the request was filed (a stale request, whose starting rate has changed, is decided on the current rate: a raise approved first makes a later request a bigger cut); arrears against the customer's total of approved, unexpired arrears including this one; a deduction against the customer's total of approved deductions in the open statement period (all not yet on a confirmed statement) including this one. So splitting or stacking requests never gets under a limit. Decided once: a second decision is CONFLICT.",
  })
  approveRequest(
    @Arg('id', () => ID, { description: 'The pending approval request to approve.' }) id: string,
    @Arg('note', () => String, {
      description: 'An optional remark from the leader, kept with the decision.',
      nullable: true,
    })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalDecisions.approve(signedIn(ctx), id, note ?? null);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      "Asks to change a customer's payment terms and/or storage rate (owner SALESPERSON, or a leader); the only way either changes. On approval the new terms apply from the approval day: statements confirmed from then on are due the new number of days later (due dates already set never move), and storage days from then on are charged at the new rate. The history is kept.",
  })
  requestTermsChange(
    @Arg('customerId', () => ID, { description: 'The customer whose terms change.' }) customerId: string,
    @Arg('paymentTermDays', () => Int, {
      nullable: true,
      description:
        'New payment terms: whole days after statement confirmation until payment is due, 0 to 365. Omit to keep the current terms.',
    })
    paymentTermDays: number | null,
    @Arg('storageRate', () => MoneyScalar, {
      nullable: true,
      description:
        'New storage rate in yuan per square metre per day (at most 1000.00). Omit to keep the current rate. At least one of paymentTermDays and storageRate is required.',
    })
    storageRate: Fen | null,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalRequests.termsChange(
      signedIn(ctx),
      customerId,
      paymentTermDays ?? null,
      storageRate ?? null,
      reason,
    );
  }

  @Mutation(() => ApprovalRequest, {
    description: 'Rejects a pending request with a note (MANAGER or DIRECTOR, never the filer).',
  })
  rejectRequest(
    @Arg('id', () => ID, { description: 'The pending approval request to reject.' }) id: string,
    @Arg('note', { description: 'Why the request is rejected, shown to the requester.' }) note: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalDecisions.reject(signedIn(ctx), id, note);
  }

  @Mutation(() => ApprovalRequest, {
    description:
      "Signs an approved liaison form (SPECIAL_OPERATION request) for a department; only that department's head may. A completed form never changes (CONFLICT).",
  })
  signLiaisonForm(
    @Arg('requestId', () => ID, { description: 'The approved liaison form (部门信息联络处理单) request to sign.' })
    requestId: string,
    @Arg('department', () => Department, { description: 'The department the caller signs for (they must head it).' })
    department: Department,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.arrearsConsents.signLiaison(signedIn(ctx), requestId, department);
  }

  @Query(() => ApprovalPolicy, { description: "The DIRECTOR's approval policy (defaults until set)." })
  approvalPolicy(@Ctx() ctx: Context) {
    return ctx.services.approvalPolicy.get();
  }

  @Mutation(() => ApprovalPolicy, {
    description: 'Sets the approval policy (DIRECTOR): above these limits only a DIRECTOR may approve.',
  })
  setApprovalPolicy(
    @Arg('maxManagerRateCutPercent', () => Int, {
      description: 'Largest freight rate cut, in percent of the rate in force when deciding, a MANAGER may approve.',
    })
    percent: number,
    @Arg('maxManagerArrearsAmount', () => MoneyScalar, {
      description:
        "Largest total of a customer's approved, unexpired arrears, in yuan, a MANAGER may bring about by an approval.",
    })
    arrears: Fen,
    @Arg('maxManagerDeductionAmount', () => MoneyScalar, {
      description:
        "Largest total of a customer's approved deductions in one statement period, in yuan, a MANAGER may bring about by an approval.",
    })
    deduction: Fen,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.approvalPolicy.set(signedIn(ctx), percent, arrears, deduction);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The customer the request is about; null only for an EXPENSE claim that names no customer.',
  })
  customer(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.customerId === null ? null : ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who filed it.' })
  requester(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.requesterId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who decided it.' })
  decidedBy(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.decidedById === null ? null : ctx.loaders.staff.load(r.decidedById);
  }

  @FieldResolver(() => Consignment, { nullable: true, description: 'FREE_SHIPMENT: the consignment.' })
  consignment(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.consignmentId === null ? null : ctx.loaders.consignment.load(r.consignmentId);
  }

  @FieldResolver(() => [Department], {
    nullable: true,
    description:
      "ARREARS / SPECIAL_OPERATION: the departments that must sign (those the filer named plus the sign-off policy's).",
  })
  departments(@Root() r: ApprovalRequest) {
    return r.departmentList ? r.departmentList.split(',') : null;
  }

  @FieldResolver(() => NoticeStatus, {
    nullable: true,
    description: "SPECIAL_OPERATION: the liaison form's status once approved.",
  })
  async formStatus(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.formId === null ? null : ((await ctx.loaders.signoffForm.load(r.formId))?.status ?? null);
  }

  @FieldResolver(() => [Signature], {
    description: "SPECIAL_OPERATION: the liaison form's signatures once approved (empty otherwise).",
  })
  signatures(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.formId === null ? [] : ctx.loaders.signatures.load(r.formId);
  }
}
