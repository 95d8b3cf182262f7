import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Actor, isLeader } from '../../auth/actor';
import { checkDate, companyToday, windows } from '../../date-window';
import { inTransaction } from '../../db/transaction';
import { ConflictError, ForbiddenError, NotFoundError, BadUserInputError } from '../../errors';
import { Page, PageArgs, paginate } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { LocalDate } from '../../graphql/local-date';
import { requiredText } from '../../graphql/text';
import { recordAudit } from '../audit';
import { NotificationKind, recordNotification } from '../notifications';
import { Staff } from '../staff';
import { loadCustomer, SatisfactionSurvey } from '../customers';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintFilter, ComplaintInput } from './complaint.inputs';

export const COMPLAINT_TEXT_MAX = 2000;

/**
 * Who sees a complaint's details (description, resolution, follow-up): the customer's current
 * owner, the handler and the leaders. `ownerId` is the complaint's customer's owner.
 */
export function canSeeComplaintDetails(
  actor: Actor | null | undefined,
  complaint: { handlerId: number | null },
  ownerId: number | null | undefined,
): boolean {
  return !!actor && (isLeader(actor) || complaint.handlerId === actor.id || ownerId === actor.id);
}

/** Whether a complaint is overdue on `today`: assigned, not resolved, due before today. */
export function isOverdue(c: Complaint, today: LocalDate): boolean {
  return c.status === ComplaintStatus.ASSIGNED && c.dueDate !== null && c.dueDate < today;
}

/**
 * Per handler, the complaints they resolved in [first, last] (company-local days): in time (on or before the due date)
 * and late.
 */
export async function countResolvedComplaints(
  db: DataSource | EntityManager,
  first: LocalDate,
  last: LocalDate,
): Promise<Map<number, { inTime: number; late: number }>> {
  const rows: Array<{ handlerId: number | string; inTime: number | string | null; n: number | string }> = await db
    .createQueryBuilder(Complaint, 'c')
    .select('c.handlerId', 'handlerId')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(CASE WHEN c.resolvedOn <= c.dueDate THEN 1 ELSE 0 END)', 'inTime')
    .where('c.status = :resolved AND c.resolvedOn >= :first AND c.resolvedOn <= :last', {
      resolved: ComplaintStatus.RESOLVED,
      first,
      last,
    })
    .groupBy('c.handlerId')
    .getRawMany();
  return new Map(
    rows.map((r) => [
      Number(r.handlerId),
      { inTime: Number(r.inTime ?? 0), late: Number(r.n) - Number(r.inTime ?? 0) },
    ]),
  );
}

/**
 * Customer complaints (客户投诉): whoever heard one records it, a leader assigns a handler and a
 * due date, the handler resolves it and may link the satisfaction follow-up survey.
 */
export class ComplaintService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  today(): LocalDate {
    return companyToday(this.timeZone);
  }

  private async load(m: EntityManager, id: string): Promise<Complaint> {
    const complaint = await m.findOne(Complaint, { where: { id: parseIdArg(id, 'id') } });
    if (!complaint) throw new NotFoundError('Complaint', id);
    return complaint;
  }

  async record(actor: Actor, input: ComplaintInput): Promise<Complaint> {
    const description = requiredText(input.description, 'description', COMPLAINT_TEXT_MAX);
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, input.customerId, { field: 'customerId' });
      const inserted = await m.insert(Complaint, {
        customerId: customer.id,
        description,
        severity: input.severity,
        status: ComplaintStatus.OPEN,
        recordedById: actor.id,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'complaint.recorded',
        entityType: 'Complaint',
        entityId: id,
        summary: `${input.severity} complaint from ${customer.name}`,
      });
      return m.findOneOrFail(Complaint, { where: { id } });
    });
  }

  /**
   * A leader gives an unresolved complaint to a handler (any active staff member) with a due date; reassigning replaces
   * both.
   */
  async assign(actor: Actor, id: string, handlerIdArg: string, dueDate: LocalDate): Promise<Complaint> {
    const handlerId = parseIdArg(handlerIdArg, 'handlerId');
    checkDate(dueDate, 'dueDate', windows.upcoming(this.today()));
    return inTransaction(this.db, async (m) => {
      const complaint = await this.load(m, id);
      const handler = await m.findOne(Staff, { where: { id: handlerId } });
      if (!handler) throw new NotFoundError('Staff member', handlerIdArg);
      if (!handler.active)
        throw new BadUserInputError(`${handler.name} is no longer active and cannot handle complaints.`, 'handlerId');
      const result = await m
        .createQueryBuilder()
        .update(Complaint)
        .set({ status: ComplaintStatus.ASSIGNED, handlerId, dueDate, assignedById: actor.id, assignedAt: new Date() })
        .where('id = :id AND status <> :resolved', { id: complaint.id, resolved: ComplaintStatus.RESOLVED })
        .execute();
      if (!result.affected) throw new ConflictError('This complaint is already resolved; it cannot be reassigned.');
      await recordAudit(m, actor.id, {
        action: 'complaint.assigned',
        entityType: 'Complaint',
        entityId: complaint.id,
        summary: `Assigned to ${handler.name}, due ${dueDate}`,
      });
      await recordNotification(m, {
        kind: NotificationKind.COMPLAINT_ASSIGNED,
        message: `${actor.name} gave you complaint ${complaint.id} to handle by ${dueDate}.`,
        to: { staffIds: [handlerId] },
        actorId: actor.id,
        complaintId: complaint.id,
        customerId: complaint.customerId,
      });
      return m.findOneOrFail(Complaint, { where: { id: complaint.id } });
    });
  }

  /** The handler (only they) records the resolution of an assigned complaint, once. */
  async resolve(actor: Actor, id: string, resolutionText: string): Promise<Complaint> {
    const resolution = requiredText(resolutionText, 'resolution', COMPLAINT_TEXT_MAX);
    return inTransaction(this.db, async (m) => {
      const complaint = await this.load(m, id);
      if (complaint.status === ComplaintStatus.OPEN)
        throw new ConflictError('This complaint has no handler yet: a leader assigns it first.');
      if (complaint.handlerId !== actor.id)
        throw new ForbiddenError("Only the complaint's handler records its resolution.");
      const now = new Date();
      const result = await m
        .createQueryBuilder()
        .update(Complaint)
        .set({
          status: ComplaintStatus.RESOLVED,
          resolution,
          resolvedAt: now,
          resolvedOn: companyToday(this.timeZone, now),
        })
        .where('id = :id AND status = :assigned AND handlerId = :me', {
          id: complaint.id,
          assigned: ComplaintStatus.ASSIGNED,
          me: actor.id,
        })
        .execute();
      if (!result.affected) throw new ConflictError('This complaint was resolved or reassigned meanwhile.');
      await recordAudit(m, actor.id, {
        action: 'complaint.resolved',
        entityType: 'Complaint',
        entityId: complaint.id,
        summary: 'Resolution recorded',
      });
      return m.findOneOrFail(Complaint, { where: { id: complaint.id } });
    });
  }

  /**
   * Links the customer's satisfaction follow-up survey to a resolved complaint (the handler or a
   * leader): a survey of the same customer taken on or after the day the complaint was recorded.
   */
  async linkFollowUp(actor: Actor, id: string, surveyIdArg: string): Promise<Complaint> {
    const surveyId = parseIdArg(surveyIdArg, 'surveyId');
    return inTransaction(this.db, async (m) => {
      const complaint = await this.load(m, id);
      if (!isLeader(actor) && complaint.handlerId !== actor.id)
        throw new ForbiddenError("Only the complaint's handler or a leader links its follow-up.");
      if (complaint.status !== ComplaintStatus.RESOLVED)
        throw new ConflictError('The follow-up is linked once the complaint is resolved.');
      const survey = await m.findOne(SatisfactionSurvey, { where: { id: surveyId } });
      if (!survey) throw new NotFoundError('Satisfaction survey', surveyIdArg);
      if (survey.customerId !== complaint.customerId)
        throw new BadUserInputError('The survey is of another customer.', 'surveyId');
      if (survey.surveyedOn < companyToday(this.timeZone, complaint.recordedAt)) {
        throw new BadUserInputError(
          'The survey was taken before the complaint was recorded: it cannot follow it up.',
          'surveyId',
        );
      }
      const result = await m
        .createQueryBuilder()
        .update(Complaint)
        .set({ followUpSurveyId: survey.id })
        .where('id = :id AND followUpSurveyId IS NULL', { id: complaint.id })
        .execute();
      if (!result.affected) throw new ConflictError('A follow-up survey is already linked to this complaint.');
      await recordAudit(m, actor.id, {
        action: 'complaint.follow_up_linked',
        entityType: 'Complaint',
        entityId: complaint.id,
        summary: `Follow-up survey ${survey.id}`,
      });
      return m.findOneOrFail(Complaint, { where: { id: complaint.id } });
    });
  }

  /**
   * Complaints, newest first. Leaders see all; anyone else only those of customers they own now
   * and those assigned to them.
   */
  list(actor: Actor, args: PageArgs & { filter?: ComplaintFilter | null }): Promise<Page<Complaint>> {
    const f = args.filter ?? {};
    const qb = this.db.getRepository(Complaint).createQueryBuilder('c');
    if (!isLeader(actor)) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('c.handlerId = :me', { me: actor.id }).orWhere(
            'c.customerId IN (SELECT oc.id FROM customer oc WHERE oc.ownerId = :me)',
            { me: actor.id },
          );
        }),
      );
    }
    if (f.customerId) qb.andWhere('c.customerId = :customerId', { customerId: parseIdArg(f.customerId, 'customerId') });
    if (f.handlerId) qb.andWhere('c.handlerId = :handlerId', { handlerId: parseIdArg(f.handlerId, 'handlerId') });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.overdue === true) {
      qb.andWhere('c.status = :assigned AND c.dueDate < :today', {
        assigned: ComplaintStatus.ASSIGNED,
        today: this.today(),
      });
    } else if (f.overdue === false) {
      qb.andWhere('NOT (c.status = :assigned AND c.dueDate < :today)', {
        assigned: ComplaintStatus.ASSIGNED,
        today: this.today(),
      });
    }
    return paginate(qb, args);
  }
}
