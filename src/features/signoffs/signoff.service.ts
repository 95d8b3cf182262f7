import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { forUpdate, lockedById } from '../../db/locking';
import { recordAudit } from '../audit';
import { DepartmentHead } from '../staff';
import { Department } from '../../domain/roles';
import { NoticeStatus, SignoffForm, SignoffStubKind } from './signoff-form.entity';
import { SignoffFormKind } from './signoff-policy.entity';
import { withRequiredDepartments } from './signoff-policy.service';
import { Signature } from './signature.entity';
import { NotificationKind, recordNotification } from '../notifications';

/**
 * What a form is about, for the people it makes wait: each named department's head hears that
 * it needs their signature, and the filer hears when the last one signed.
 */
export interface FormSubject {
  /** e.g. "operation notice 12 for Jinling Logistics". */
  label: string;
  /** Who filed the form (or the request it came from) and waits for it. */
  filerId: number;
  customerId: number | null;
  approvalRequestId?: number | null;
  /** Who caused the event, never told of it. */
  actorId: number;
}

/**
 * The reusable sign-off mechanism: a form names departments; only each department's head signs
 * for it, once; when all have signed the form is COMPLETED and never changes again (CONFLICT).
 * Callers pass their transaction's manager, so the form and its owner change together.
 */
export function validDepartments(departments: Department[]): Department[] {
  const unique = [...new Set(departments)];
  if (!unique.length) throw new BadUserInputError('Name at least one department that must sign.', 'departments');
  return unique.sort();
}

const STUB_KIND: Record<SignoffFormKind, SignoffStubKind> = {
  [SignoffFormKind.OPERATION_NOTICE_NEW_CUSTOMER]: 'OPERATION_NOTICE',
  [SignoffFormKind.OPERATION_NOTICE_RETURNING_CUSTOMER]: 'OPERATION_NOTICE',
  [SignoffFormKind.OPERATION_NOTICE_SETTLEMENT_CHANGE]: 'OPERATION_NOTICE',
  [SignoffFormKind.ARREARS_CONSENT]: 'ARREARS_CONSENT',
  [SignoffFormKind.LIAISON_FORM]: 'LIAISON_FORM',
};

/**
 * Creates the form with the departments the filer named plus those the DIRECTOR's sign-off policy
 * requires for its kind now; returns its id. Every form goes through here, so no filer drops a
 * required department.
 */
export async function createSignoffForm(
  m: EntityManager,
  kind: SignoffFormKind,
  departments: Department[],
  subject: FormSubject,
): Promise<number> {
  const list = validDepartments(await withRequiredDepartments(m, kind, departments));
  const result = await m.insert(SignoffForm, { kind: STUB_KIND[kind], status: NoticeStatus.PENDING });
  const formId = Number(result.identifiers[0].id);
  await m.insert(
    Signature,
    list.map((department) => ({ formId, department })),
  );
  await recordNotification(m, {
    kind: NotificationKind.SIGNATURE_REQUESTED,
    message: `The ${subject.label} waits for your department's signature (${list.join(', ')}).`,
    to: { headsOf: list },
    actorId: subject.actorId,
    customerId: subject.customerId,
    approvalRequestId: subject.approvalRequestId ?? null,
  });
  return formId;
}

export interface SignResult {
  /** True when this signature was the last one: the form is now COMPLETED. */
  completed: boolean;
}

/**
 * Signs `department` on form `formId` as `actor`. The form row is locked first, so two heads
 * signing the last two places at once cannot both miss completing it.
 */
export async function signForm(
  m: EntityManager,
  actor: Actor,
  formId: number,
  department: Department,
  audit: { entityType: string; entityId: number; label: string },
  subject: FormSubject,
): Promise<SignResult> {
  const form = await lockedById(m, SignoffForm, formId);
  if (!form) throw new NotFoundError('Form', formId);
  if (form.status !== NoticeStatus.PENDING) {
    throw new ConflictError('This form is completed: its signed stub can never change again.');
  }
  const head = await m.findOne(DepartmentHead, { where: { department } });
  if (!head || head.headId !== actor.id) {
    throw new ForbiddenError(`Only the head of ${department} may sign for ${department}.`);
  }
  const place = await m.findOne(Signature, { where: { formId, department } });
  if (!place) throw new BadUserInputError(`${department} is not named on this form.`, 'department');
  const signed = await m
    .createQueryBuilder()
    .update(Signature)
    .set({ signerId: actor.id, signedAt: new Date() })
    .where('formId = :formId AND department = :department AND signerId IS NULL', { formId, department })
    .execute();
  if (!signed.affected) throw new ConflictError(`${department} has already signed this form.`);
  await recordAudit(m, actor.id, {
    action: 'form.signed',
    entityType: audit.entityType,
    entityId: audit.entityId,
    summary: `${actor.name} signed ${audit.label} for ${department}`,
  });
  // A locking read: it sees signatures committed by other heads while this transaction waited.
  const places = await forUpdate(
    m,
    m.getRepository(Signature).createQueryBuilder('s').where('s.formId = :formId', { formId }),
  ).getMany();
  const remaining = places.filter((s) => s.signerId === null).length;
  if (remaining > 0) return { completed: false };
  const done = await m
    .createQueryBuilder()
    .update(SignoffForm)
    .set({ status: NoticeStatus.COMPLETED, completedAt: new Date() })
    .where('id = :formId AND status = :pending', { formId, pending: NoticeStatus.PENDING })
    .execute();
  if (!done.affected) throw new ConflictError('This form was completed by another signature at the same moment.');
  await recordAudit(m, actor.id, {
    action: 'form.completed',
    entityType: audit.entityType,
    entityId: audit.entityId,
    summary: `${audit.label} is signed by every named department and completed`,
  });
  await recordNotification(m, {
    kind: NotificationKind.FORM_COMPLETED,
    message: `The ${subject.label} is signed by every department it names (${places
      .map((s) => s.department)
      .sort()
      .join(', ')}).`,
    to: { staffIds: [subject.filerId] },
    actorId: subject.actorId,
    customerId: subject.customerId,
    approvalRequestId: subject.approvalRequestId ?? null,
  });
  return { completed: true };
}
