import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { Role } from '../../domain/roles';
import { Customer } from '../customers';
import { NotificationKind, recordNotification } from '../notifications';
import { ApprovalStatus } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';
import { currentPolicy, directorOnlyReason } from './approval-policy.service';

/**
 * A new request goes to the leaders who may decide it: every DIRECTOR, and the MANAGERs unless
 * the approval policy reserves this one for a DIRECTOR (judged as a decision now would judge it).
 * Its filer is never told of their own request (and may not decide it).
 */
export async function notifyApprovalRequested(
  m: EntityManager,
  actor: Actor,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
): Promise<void> {
  const managersMay = (await directorOnlyReason(m, await currentPolicy(m), request, customer, today)) === null;
  await notifyDeciders(m, actor, request, customer, managersMay);
}

/**
 * Tells the leaders who may decide `request`: every DIRECTOR, and the MANAGERs when `managersMay`.
 * Requests about no customer (an expense claim) judge `managersMay` by their own policy.
 */
export async function notifyDeciders(
  m: EntityManager,
  actor: Actor,
  request: ApprovalRequest,
  customer: Customer | null,
  managersMay: boolean,
): Promise<void> {
  await recordNotification(m, {
    kind: NotificationKind.APPROVAL_REQUESTED,
    message: `${actor.name} asks for approval: ${request.kind}${forCustomer(customer)} (request ${request.id}).`,
    to: { roles: managersMay ? [Role.DIRECTOR, Role.MANAGER] : [Role.DIRECTOR] },
    actorId: actor.id,
    approvalRequestId: request.id,
    customerId: customer?.id ?? null,
  });
}

/** A decision goes to the person who filed the request. */
export async function notifyApprovalDecided(
  m: EntityManager,
  actor: Actor,
  request: ApprovalRequest,
  customer: Customer | null,
  status: ApprovalStatus,
  note: string | null,
): Promise<void> {
  await recordNotification(m, {
    kind: NotificationKind.APPROVAL_DECIDED,
    message: `${actor.name} ${status === ApprovalStatus.APPROVED ? 'approved' : 'rejected'} your ${request.kind} request ${request.id}${forCustomer(customer)}${note ? `: ${note}` : '.'}`,
    to: { staffIds: [request.requesterId] },
    actorId: actor.id,
    approvalRequestId: request.id,
    customerId: customer?.id ?? null,
  });
}

const forCustomer = (customer: Customer | null) => (customer ? ` for ${customer.name}` : '');
