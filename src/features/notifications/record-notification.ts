import { EntityManager, In } from 'typeorm';
import { afterCommit } from '../../db/transaction';
import { Department, Role } from '../../domain/roles';
import { DepartmentHead, Staff, StaffRole } from '../staff';
import { busOf, NotificationMessage } from './notification-bus';
import { Notification } from './notification.entity';
import { NotificationKind } from './notification-kind';

/**
 * Who an event goes to, as the access rules name them; resolved in SQL to active staff, so a
 * deactivated person, or a role nobody holds any more, gets nothing. The caller states the rule
 * (the owner of the customer, the leaders who may decide, the heads of the named departments).
 */
export interface Recipients {
  /** Named people: an owner, a filer, a handler. */
  staffIds?: ReadonlyArray<number | null | undefined>;
  /** Everyone holding one of these roles (e.g. the leaders). */
  roles?: readonly Role[];
  /** The heads of these departments. */
  headsOf?: readonly Department[];
}

export interface NotificationEvent {
  kind: NotificationKind;
  message: string;
  to: Recipients;
  /** Who caused it: never told of their own action. */
  actorId?: number | null;
  approvalRequestId?: number | null;
  visitRequestId?: number | null;
  customerId?: number | null;
  statementId?: number | null;
  complaintId?: number | null;
}

const MAX_MESSAGE = 500;

/**
 * Stores the event once per recipient in the caller's transaction `m` (a transaction that fails
 * or is retried stores nothing of this attempt) and publishes the rows once it commits. `m` must
 * come from inTransaction. Returns how many people it went to.
 */
export async function recordNotification(m: EntityManager, event: NotificationEvent): Promise<number> {
  const recipients = await resolveRecipients(m, event.to, event.actorId ?? null);
  if (!recipients.length) return 0;
  const ids: number[] = [];
  for (const recipientId of recipients) {
    const result = await m.insert(Notification, {
      recipientId,
      kind: event.kind,
      message: event.message.slice(0, MAX_MESSAGE),
      approvalRequestId: event.approvalRequestId ?? null,
      visitRequestId: event.visitRequestId ?? null,
      customerId: event.customerId ?? null,
      statementId: event.statementId ?? null,
      complaintId: event.complaintId ?? null,
    });
    ids.push(Number(result.identifiers[0].id));
  }
  const rows = await m.find(Notification, { where: { id: In(ids) } });
  const bus = busOf(m.connection);
  // Queued even without a bus (a CLI seed): afterCommit also proves `m` is a real transaction.
  afterCommit(m, () => bus?.publish(rows.map(toMessage)));
  return recipients.length;
}

/** The active staff an event's rule names, without the actor, each once, in id order. */
async function resolveRecipients(m: EntityManager, to: Recipients, actorId: number | null): Promise<number[]> {
  const named = (to.staffIds ?? []).filter((id): id is number => typeof id === 'number' && Number.isSafeInteger(id));
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (named.length) {
    clauses.push('s.id IN (:...named)');
    params.named = named;
  }
  if (to.roles?.length) {
    clauses.push(
      `s.id IN (SELECT r.staffId FROM ${m.getRepository(StaffRole).metadata.tableName} r WHERE r.role IN (:...roles))`,
    );
    params.roles = [...to.roles];
  }
  if (to.headsOf?.length) {
    clauses.push(
      `s.id IN (SELECT h.headId FROM ${m.getRepository(DepartmentHead).metadata.tableName} h WHERE h.department IN (:...departments))`,
    );
    params.departments = [...to.headsOf];
  }
  if (!clauses.length) return [];
  const qb = m
    .getRepository(Staff)
    .createQueryBuilder('s')
    .select('s.id', 'id')
    .where('s.active = :active', { active: true })
    .andWhere(`(${clauses.join(' OR ')})`, params)
    .orderBy('s.id', 'ASC');
  if (actorId !== null) qb.andWhere('s.id <> :actorId', { actorId });
  const rows: Array<{ id: number | string }> = await qb.getRawMany();
  return rows.map((r) => Number(r.id));
}

export function toMessage(n: Notification): NotificationMessage {
  return {
    id: n.id,
    recipientId: n.recipientId,
    kind: n.kind,
    message: n.message,
    createdAt: new Date(n.createdAt).toISOString(),
    readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
    approvalRequestId: n.approvalRequestId,
    visitRequestId: n.visitRequestId,
    customerId: n.customerId,
    statementId: n.statementId,
    complaintId: n.complaintId,
  };
}

/** A message from the bus as the Notification the schema resolves. */
export function fromMessage(message: NotificationMessage): Notification {
  return Object.assign(new Notification(), {
    ...message,
    kind: message.kind as NotificationKind,
    createdAt: new Date(message.createdAt),
    readAt: message.readAt ? new Date(message.readAt) : null,
  });
}
