import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Notification } from '../notifications';
import { ApprovalRequest } from '../approvals';
import { VisitRequest } from '../visits';
import { Customer } from '../customers';
import { Statement } from '../statements';
import { Complaint } from '../complaints';

/**
 * What a notification points at, through the normal types and loaders, so each type's own field
 * rules apply (a customer's money and contacts stay as guarded as anywhere else). Its own feature,
 * high in the order, so that notifications itself imports none of the features that raise events.
 */
@Resolver(() => Notification)
export class NotificationLinksResolver {
  @FieldResolver(() => ApprovalRequest, {
    nullable: true,
    description:
      'The request to decide (APPROVAL_REQUESTED), decided (APPROVAL_DECIDED), or whose form this is (SIGNATURE_REQUESTED, FORM_COMPLETED, ARREARS_OVERDUE of an arrears consent or liaison form); null otherwise.',
  })
  approvalRequest(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.approvalRequestId === null ? null : ctx.loaders.approvalRequest.load(n.approvalRequestId);
  }

  @FieldResolver(() => VisitRequest, {
    nullable: true,
    description: "The customer's visit request to answer (VISIT_REQUESTED); null otherwise.",
  })
  visitRequest(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.visitRequestId === null ? null : ctx.loaders.visitRequestById.load(n.visitRequestId);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The customer it concerns, where there is one (every kind but a few staff-only events).',
  })
  customer(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.customerId === null ? null : ctx.loaders.customer.load(n.customerId);
  }

  @FieldResolver(() => Statement, {
    nullable: true,
    description: 'The statement (对账单) confirmed (STATEMENT_CONFIRMED); null otherwise.',
  })
  statement(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.statementId === null ? null : ctx.loaders.statement.load(n.statementId);
  }

  @FieldResolver(() => Complaint, {
    nullable: true,
    description:
      "The complaint given to the recipient to handle (COMPLAINT_ASSIGNED); null otherwise. Its details follow the complaint's own rules.",
  })
  complaint(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.complaintId === null ? null : ctx.loaders.complaint.load(n.complaintId);
  }
}
