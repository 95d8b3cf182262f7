import { DataSource, EntityManager } from 'typeorm';
import { checkInstant, checkOptionalDate, companyToday, DAYS_AHEAD, windows } from '../../date-window';
import { Actor, hasRole, isLeader } from '../../auth/actor';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { paginate, Page } from '../../graphql/connection';
import { LocalDate } from '../../graphql/local-date';
import { addDays, localDateIn, startOfLocalDay } from '../../time';
import { recordAudit } from '../audit';
import { NotificationKind, recordNotification } from '../notifications';
import { recordUnexcusedAbsence } from '../attendance';
import { Customer, assertCanActFor, loadCustomer } from '../customers';
import { distanceMeters } from './geo';
import { Visit, VisitStatus } from './visit.entity';
import { VisitRequest } from './visit-request.entity';
import { PlanVisitInput, VisitFilter } from './visits.inputs';
import { optionalText, requiredText } from '../../graphql/text';
import { parseIdArg } from '../../graphql/ids';
import { MANAGEMENT } from '../../domain/role-sets';

type PageArgs = { first?: number | null; after?: string | null };

export interface CheckInArgs {
  latitude?: number | null;
  longitude?: number | null;
  accuracy?: number | null;
  clientTime?: Date | null;
}

/**
 * Who sees every visit (the list and each customer's recentVisits): the leaders and, read-only, the ASSISTANT_MANAGER.
 */
export function seesAllVisits(actor: Actor): boolean {
  return hasRole(actor, ...MANAGEMENT);
}

/**
 * Visits (planned, checked in on site, completed, cancelled, found false) and customers' visit
 * requests. A salesperson acts only on their own customers and visits; leaders act on all.
 */
export class VisitService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
    private readonly checkInRadiusMeters: number,
  ) {}

  private async customer(id: string, m: EntityManager = this.db.manager): Promise<Customer> {
    return loadCustomer(m, id, { field: 'customerId' });
  }

  private async visit(id: string, m: EntityManager = this.db.manager): Promise<Visit> {
    const visit = await m.findOne(Visit, { where: { id: parseIdArg(id, 'visitId') } });
    if (!visit) throw new NotFoundError('Visit', id);
    return visit;
  }

  /**
   * Leaders record any visit; a salesperson only their own visits to customers they still own (`loaded`: the visit's
   * customer, if the caller has it).
   */
  private async assertMayRecord(actor: Actor, visit: Visit, loaded?: Customer): Promise<void> {
    if (isLeader(actor)) return;
    if (visit.salespersonId !== actor.id)
      throw new ForbiddenError('Only the salesperson of this visit or a leader may record it.');
    const customer =
      loaded ??
      (await this.db
        .getRepository(Customer)
        .findOne({ where: { id: visit.customerId }, select: { id: true, ownerId: true } }));
    if (!customer || customer.ownerId !== actor.id)
      throw new ForbiddenError('A salesperson records visits only to customers they own.');
  }

  /** The visit list: a salesperson's own visits, or every visit for leaders and the assistant manager. */
  list(actor: Actor, args: PageArgs & { filter?: VisitFilter | null }): Promise<Page<Visit>> {
    const f = args.filter ?? {};
    const qb = this.db.getRepository(Visit).createQueryBuilder('v');
    if (!seesAllVisits(actor)) {
      if (f.salespersonId != null && parseIdArg(f.salespersonId, 'salespersonId') !== actor.id) {
        throw new ForbiddenError('A salesperson lists only their own visits.');
      }
      qb.andWhere('v.salespersonId = :me', { me: actor.id });
    } else if (f.salespersonId != null) {
      qb.andWhere('v.salespersonId = :sp', { sp: parseIdArg(f.salespersonId, 'salespersonId') });
    }
    if (f.customerId != null)
      qb.andWhere('v.customerId = :customerId', { customerId: parseIdArg(f.customerId, 'customerId') });
    if (f.status) qb.andWhere('v.status = :status', { status: f.status });
    if (f.from) qb.andWhere('v.plannedAt >= :from', { from: startOfLocalDay(this.timeZone, f.from) });
    if (f.to) qb.andWhere('v.plannedAt < :to', { to: startOfLocalDay(this.timeZone, addDays(f.to, 1)) });
    const window = windows.any(companyToday(this.timeZone));
    checkOptionalDate(f.from, 'from', window);
    checkOptionalDate(f.to, 'to', window);
    if (f.from && f.to && f.from > f.to) throw new BadUserInputError('`from` must not be after `to`.', 'from');
    return paginate(qb, args);
  }

  /**
   * planVisit: a salesperson for their own customers, leaders for any; with visitRequestId it fulfils that open
   * request.
   */
  async plan(actor: Actor, input: PlanVisitInput): Promise<Visit> {
    const purpose = requiredText(input.purpose, 'purpose', 1000);
    if (Number.isNaN(input.plannedAt.getTime()))
      throw new BadUserInputError('plannedAt is not a valid time.', 'plannedAt');
    const customer = await this.customer(input.customerId);
    assertCanActFor(actor, customer);
    // Not before the customer existed (its first contact), nor absurdly far ahead.
    checkInstant(input.plannedAt, 'plannedAt', customer.firstContactAt, new Date(Date.now() + DAYS_AHEAD * 86_400_000));
    // Visits are recorded only by the salesperson who owns the customer (leaders plan them for the owner).
    const salespersonId = customer.ownerId;
    if (
      input.salespersonId !== undefined &&
      input.salespersonId !== null &&
      parseIdArg(input.salespersonId, 'salespersonId') !== salespersonId
    ) {
      if (!isLeader(actor)) throw new ForbiddenError('A salesperson plans visits only for themselves.');
      throw new BadUserInputError(
        "A visit is made by the customer's owner; reassign the customer to send another salesperson.",
        'salespersonId',
      );
    }
    const requestId = input.visitRequestId ? parseIdArg(input.visitRequestId, 'visitRequestId') : null;
    return inTransaction(this.db, async (m) => {
      if (requestId !== null) {
        const request = await m.findOne(VisitRequest, { where: { id: requestId } });
        if (!request) throw new NotFoundError('Visit request', requestId);
        if (request.customerId !== customer.id)
          throw new BadUserInputError('The visit request is from another customer.', 'visitRequestId');
        if (request.fulfilledByVisitId !== null)
          throw new ConflictError('This visit request already has a visit planned for it.');
      }
      const result = await m.insert(Visit, {
        customerId: customer.id,
        salespersonId,
        plannedById: actor.id,
        plannedAt: input.plannedAt,
        purpose,
        status: VisitStatus.PLANNED,
        visitRequestId: requestId,
      });
      const id = Number(result.identifiers[0].id);
      if (requestId !== null) {
        const fulfilled = await m
          .createQueryBuilder()
          .update(VisitRequest)
          .set({ fulfilledByVisitId: id, fulfilledAt: new Date() })
          .where('id = :requestId AND fulfilledByVisitId IS NULL', { requestId })
          .execute();
        if (!fulfilled.affected) throw new ConflictError('This visit request already has a visit planned for it.');
        await recordAudit(m, actor.id, {
          action: 'visit_request.fulfilled',
          entityType: 'VisitRequest',
          entityId: requestId,
          summary: `Visit #${id} planned for the visit request of ${customer.name}`,
        });
      }
      return m.findOneOrFail(Visit, { where: { id } });
    });
  }

  /**
   * checkInVisit: server time counts; client time and location are kept; a far (or location-less) check-in is flagged.
   */
  async checkIn(actor: Actor, visitId: string, args: CheckInArgs): Promise<Visit> {
    const lat = args.latitude ?? null;
    const lng = args.longitude ?? null;
    if ((lat === null) !== (lng === null))
      throw new BadUserInputError('Give both latitude and longitude, or neither.', 'latitude');
    if (lat !== null && (!Number.isFinite(lat) || lat < -90 || lat > 90))
      throw new BadUserInputError('Latitude must be between -90 and 90.', 'latitude');
    if (lng !== null && (!Number.isFinite(lng) || lng < -180 || lng > 180))
      throw new BadUserInputError('Longitude must be between -180 and 180.', 'longitude');
    const accuracy = args.accuracy ?? null;
    if (accuracy !== null && (!Number.isFinite(accuracy) || accuracy < 0))
      throw new BadUserInputError('Accuracy must be zero or more metres.', 'accuracy');
    if (args.clientTime)
      checkInstant(args.clientTime, 'clientTime', new Date('2000-01-01T00:00:00Z'), new Date(Date.now() + 86_400_000));
    const visit = await this.visit(visitId);
    const customer = await this.db.getRepository(Customer).findOneOrFail({ where: { id: visit.customerId } });
    await this.assertMayRecord(actor, visit, customer);
    if (visit.status !== VisitStatus.PLANNED) {
      throw new ConflictError(
        visit.status === VisitStatus.CANCELLED ? 'This visit was cancelled.' : 'This visit is already checked in.',
      );
    }
    const site =
      customer.latitude !== null && customer.longitude !== null
        ? { lat: customer.latitude, lng: customer.longitude }
        : null;
    const siteKnown = site !== null;
    // lat and lng are both given or both null (checked above).
    const distance =
      site && lat !== null && lng !== null ? Math.round(distanceMeters(site, { lat, lng }) * 10) / 10 : null;
    const flagged = siteKnown && (distance === null || distance > this.checkInRadiusMeters);
    const patch = {
      status: VisitStatus.CHECKED_IN,
      checkedInAt: new Date(),
      clientReportedAt: args.clientTime ?? null,
      checkInLatitude: lat,
      checkInLongitude: lng,
      checkInAccuracyMeters: accuracy,
      checkInDistanceMeters: distance,
      checkInFlagged: flagged,
    };
    const result = await this.db
      .createQueryBuilder()
      .update(Visit)
      .set(patch)
      .where('id = :id AND status = :planned', { id: visit.id, planned: VisitStatus.PLANNED })
      .execute();
    if (!result.affected) throw new ConflictError('This visit is already checked in.');
    return this.visit(String(visit.id));
  }

  /** completeVisit: only after check-in, once, with a summary of what was discussed. */
  async complete(actor: Actor, visitId: string, summary: string): Promise<Visit> {
    const said = requiredText(summary, 'summary', 4000);
    const visit = await this.visit(visitId);
    await this.assertMayRecord(actor, visit);
    if (visit.status === VisitStatus.PLANNED)
      throw new BadUserInputError('Check in at the customer before completing the visit.', 'visitId');
    if (visit.status !== VisitStatus.CHECKED_IN)
      throw new ConflictError(`This visit is ${visit.status.toLowerCase().replace('_', ' ')}, it cannot be completed.`);
    const result = await this.db
      .createQueryBuilder()
      .update(Visit)
      .set({ status: VisitStatus.COMPLETED, summary: said, completedAt: new Date() })
      .where('id = :id AND status = :checkedIn', { id: visit.id, checkedIn: VisitStatus.CHECKED_IN })
      .execute();
    if (!result.affected) throw new ConflictError('This visit changed under you; reload it.');
    return this.visit(String(visit.id));
  }

  /**
   * cancelVisit: a planned visit only; a visit request it fulfilled becomes open again (requests are never refused).
   */
  async cancel(actor: Actor, visitId: string, reason: string): Promise<Visit> {
    const why = requiredText(reason, 'reason', 1000);
    const visit = await this.visit(visitId);
    await this.assertMayRecord(actor, visit);
    if (visit.status !== VisitStatus.PLANNED)
      throw new ConflictError('Only a planned visit (not yet checked in) can be cancelled.');
    return inTransaction(this.db, async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(Visit)
        .set({ status: VisitStatus.CANCELLED, cancelledAt: new Date(), cancelReason: why })
        .where('id = :id AND status = :planned', { id: visit.id, planned: VisitStatus.PLANNED })
        .execute();
      if (!result.affected) throw new ConflictError('This visit changed under you; reload it.');
      if (visit.visitRequestId !== null) {
        await m
          .createQueryBuilder()
          .update(VisitRequest)
          .set({ fulfilledByVisitId: null, fulfilledAt: null })
          .where('id = :rid AND fulfilledByVisitId = :vid', { rid: visit.visitRequestId, vid: visit.id })
          .execute();
        await recordAudit(m, actor.id, {
          action: 'visit_request.reopened',
          entityType: 'VisitRequest',
          entityId: visit.visitRequestId,
          summary: `Visit #${visit.id} was cancelled (${why}); the request is open again`,
        });
      }
      return m.findOneOrFail(Visit, { where: { id: visit.id } });
    });
  }

  /**
   * markVisitFalse (MANAGER, DIRECTOR): the report of a checked-in or completed visit is false;
   * the company-local day of its planned time becomes the salesperson's unexcused absence.
   * Visit change, attendance row and audit event commit together.
   */
  async markFalse(actor: Actor, visitId: string, reason: string): Promise<Visit> {
    const why = requiredText(reason, 'reason', 1000);
    return inTransaction(this.db, async (m) => {
      const visit = await this.visit(visitId, m);
      if (visit.status === VisitStatus.FALSE_REPORT) throw new ConflictError('This visit is already marked false.');
      if (visit.status !== VisitStatus.CHECKED_IN && visit.status !== VisitStatus.COMPLETED) {
        throw new BadUserInputError(
          'Only a visit that was reported (checked in or completed) can be marked false.',
          'visitId',
        );
      }
      const result = await m
        .createQueryBuilder()
        .update(Visit)
        .set({
          status: VisitStatus.FALSE_REPORT,
          markedFalseAt: new Date(),
          markedFalseById: actor.id,
          falseReason: why,
        })
        .where('id = :id AND status = :status', { id: visit.id, status: visit.status })
        .execute();
      if (!result.affected) throw new ConflictError('This visit changed under you; reload it.');
      const date = localDateIn(this.timeZone, visit.plannedAt);
      await recordUnexcusedAbsence(m, visit.salespersonId, date, visit.id, actor.id);
      await recordAudit(m, actor.id, {
        action: 'visit.marked_false',
        entityType: 'Visit',
        entityId: visit.id,
        summary: `Visit #${visit.id} report found false; ${date} recorded as unexcused absence of staff #${visit.salespersonId}. Reason: ${why}`,
      });
      return m.findOneOrFail(Visit, { where: { id: visit.id } });
    });
  }

  /**
   * recordVisitRequest: a customer asks for a visit (owner or leader records it); it stays open until a visit is
   * planned for it.
   */
  async recordRequest(
    actor: Actor,
    customerId: string,
    preferredDate: LocalDate | null,
    note: string | null,
  ): Promise<VisitRequest> {
    const text2 = optionalText(note, 'note', 2000);
    checkOptionalDate(preferredDate, 'preferredDate', windows.upcoming(companyToday(this.timeZone)));
    const customer = await this.customer(customerId);
    assertCanActFor(actor, customer);
    return inTransaction(this.db, async (m) => {
      const result = await m.insert(VisitRequest, {
        customerId: customer.id,
        preferredDate,
        note: text2,
        recordedById: actor.id,
      });
      const id = Number(result.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'visit_request.recorded',
        entityType: 'VisitRequest',
        entityId: id,
        summary: `${customer.name} asked for a visit${preferredDate ? ` on ${preferredDate}` : ''}`,
      });
      // A visit request cannot be refused: its owner must plan the visit.
      await recordNotification(m, {
        kind: NotificationKind.VISIT_REQUESTED,
        message: `${customer.name} asked for a visit${preferredDate ? ` on ${preferredDate}` : ''} (recorded by ${actor.name}); plan one.`,
        to: { staffIds: [customer.ownerId] },
        actorId: actor.id,
        customerId: customer.id,
        visitRequestId: id,
      });
      return m.findOneOrFail(VisitRequest, { where: { id } });
    });
  }

  /**
   * visitRequests: oldest first; open=true only those still waiting. A salesperson sees their own customers' requests.
   */
  listRequests(actor: Actor, open: boolean | null | undefined): Promise<VisitRequest[]> {
    const qb = this.db.getRepository(VisitRequest).createQueryBuilder('r');
    if (open === true) qb.andWhere('r.fulfilledByVisitId IS NULL');
    if (open === false) qb.andWhere('r.fulfilledByVisitId IS NOT NULL');
    if (!seesAllVisits(actor)) {
      qb.innerJoin(Customer, 'c', 'c.id = r.customerId').andWhere('c.ownerId = :me', { me: actor.id });
    }
    return qb.orderBy('r.requestedAt', 'ASC').addOrderBy('r.id', 'ASC').limit(500).getMany();
  }
}
