import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { forUpdate } from '../../db/locking';
import { checkDate, checkOptionalDate, companyToday, windows } from '../../date-window';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { addDays } from '../../time';
import { recordAudit } from '../audit';
import { loadCustomer, ownCustomersOnly } from '../customers';
import { Role } from '../../domain/roles';
import { StorageAreaNotice } from './storage-area-notice.entity';
import { StorageOccupancy } from './storage-occupancy.entity';
import { parseAreaCenti } from './storage-fee';
import { insertAndLoad } from '../../db/insert';

/** Days from `first` to `last` inclusive; `last` null runs on without end. */
interface DayRange {
  first: string;
  last: string | null;
}

/**
 * A customer's occupancies: on any day it occupies one area (occupancies never share a day), and
 * days inside the period of a live statement never change, so no day is charged twice and a billed
 * day's charge stays what the statement says. Every change runs with the customer's row locked,
 * as issuing a statement does, so they take turns.
 */
export class StorageService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(
    actor: Actor,
    customerId: string,
    area: number,
    from: string,
    to: string | null,
  ): Promise<StorageOccupancy> {
    const centi = parseAreaCenti(area);
    if (centi === null)
      throw new BadUserInputError(
        'The area must be a positive number of m² with at most two decimals.',
        'areaSquareMeters',
      );
    const window = windows.any(companyToday(this.timeZone));
    checkDate(from, 'from', window);
    checkOptionalDate(to, 'to', window);
    if (to !== null && to < from) throw new BadUserInputError('The end date may not be before the start date.', 'to');
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId, { lock: true });
      const others = await this.occupancies(m, customer.id);
      // A new area from a date ends the open occupancy (begun earlier) the day before.
      const open = others.find((o) => o.toDate === null && o.fromDate < from) ?? null;
      const newDays: DayRange = { first: from, last: to };
      for (const o of others) {
        if (o === open) continue;
        if (overlaps(newDays, { first: o.fromDate, last: o.toDate })) {
          throw new BadUserInputError(
            `The customer already occupies ${(o.areaCentiSquareMeters / 100).toFixed(2)} m² from ${o.fromDate}${o.toDate ? ` to ${o.toDate}` : ' (open)'} (occupancy ${o.id}): one area per day. End or shorten it first.`,
            'from',
          );
        }
      }
      // The days whose charge changes: the new area's, and the open one's from `from` on.
      await this.assertNotOnLiveStatement(m, customer.id, open ? { first: from, last: null } : newDays);
      if (open) {
        const lastDay = addDays(from, -1);
        await this.setLastDay(m, open, lastDay);
        await recordAudit(m, actor.id, {
          action: 'storage.ended',
          entityType: 'StorageOccupancy',
          entityId: open.id,
          summary: `${customer.name} stops occupying ${(open.areaCentiSquareMeters / 100).toFixed(2)} m² after ${lastDay} (a new area from ${from})`,
        });
      }
      const saved = await insertAndLoad(m, StorageOccupancy, {
        customerId: customer.id,
        areaCentiSquareMeters: centi,
        fromDate: from,
        toDate: to,
        recordedById: actor.id,
      });
      const areaText = (centi / 100).toFixed(2);
      await m.insert(StorageAreaNotice, {
        customerId: customer.id,
        occupancyId: saved.id,
        message: `尊敬的${customer.name}：贵司自${from}起${to ? `至${to}` : ''}占用我司仓库面积${areaText}平方米，仓储费按每平方米每天计收。`,
      });
      await recordAudit(m, actor.id, {
        action: 'storage.recorded',
        entityType: 'StorageOccupancy',
        entityId: saved.id,
        summary: `${customer.name} occupies ${areaText} m² from ${from}${to ? ` to ${to}` : ' (open)'}`,
      });
      return saved;
    });
  }

  /** Ends (or moves the end of) an occupancy: its last occupied day becomes `lastDay`. */
  async end(actor: Actor, id: string, lastDay: string): Promise<StorageOccupancy> {
    const occupancyId = parseIdArg(id, 'id');
    checkDate(lastDay, 'lastDay', windows.any(companyToday(this.timeZone)));
    // The customer never changes; lock it first, as every other storage and statement change does.
    const known = await this.db.getRepository(StorageOccupancy).findOneBy({ id: occupancyId });
    if (!known) throw new NotFoundError('StorageOccupancy', id);
    await inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, known.customerId, { lock: true });
      const others = await this.occupancies(m, customer.id);
      const o = others.find((x) => x.id === occupancyId);
      if (!o) throw new NotFoundError('StorageOccupancy', id);
      if (lastDay < o.fromDate)
        throw new BadUserInputError(
          `The last day may not be before the first day occupied (${o.fromDate}).`,
          'lastDay',
        );
      if (o.toDate === lastDay) return;
      const toDate = o.toDate;
      const extends_ = toDate !== null && lastDay > toDate;
      const changed: DayRange = extends_
        ? { first: addDays(toDate, 1), last: lastDay }
        : { first: addDays(lastDay, 1), last: toDate };
      if (extends_) {
        const clash = others.find((x) => x.id !== o.id && overlaps(changed, { first: x.fromDate, last: x.toDate }));
        if (clash)
          throw new BadUserInputError(
            `The customer occupies another area from ${clash.fromDate} (occupancy ${clash.id}): one area per day.`,
            'lastDay',
          );
      }
      await this.assertNotOnLiveStatement(m, customer.id, changed);
      await this.setLastDay(m, o, lastDay);
      await m.insert(StorageAreaNotice, {
        customerId: customer.id,
        occupancyId: o.id,
        message: `尊敬的${customer.name}：贵司自${o.fromDate}起占用我司仓库面积${(o.areaCentiSquareMeters / 100).toFixed(2)}平方米，占用至${lastDay}止，仓储费计至当日。`,
      });
      await recordAudit(m, actor.id, {
        action: 'storage.ended',
        entityType: 'StorageOccupancy',
        entityId: o.id,
        summary: `${customer.name} occupies ${(o.areaCentiSquareMeters / 100).toFixed(2)} m² from ${o.fromDate} to ${lastDay} (was ${o.toDate ?? 'open'})`,
      });
    });
    return this.db.getRepository(StorageOccupancy).findOneByOrFail({ id: occupancyId });
  }

  notices(actor: Actor, customerId?: string | null): Promise<StorageAreaNotice[]> {
    const qb = this.db.getRepository(StorageAreaNotice).createQueryBuilder('n').orderBy('n.id', 'DESC').limit(200);
    if (customerId != null) qb.andWhere('n.customerId = :cid', { cid: parseIdArg(customerId, 'customerId') });
    ownCustomersOnly(actor, qb, 'n.customerId', [Role.ORDER_CLERK]);
    return qb.getMany();
  }

  private occupancies(m: EntityManager, customerId: number): Promise<StorageOccupancy[]> {
    return forUpdate(
      m,
      m
        .getRepository(StorageOccupancy)
        .createQueryBuilder('o')
        .where('o.customerId = :cid', { cid: customerId })
        .orderBy('o.fromDate', 'ASC'),
    ).getMany();
  }

  /** The end moves only from the value just read (the customer's lock makes that certain; the condition says so). */
  private async setLastDay(m: EntityManager, o: StorageOccupancy, lastDay: string): Promise<void> {
    const qb = m.createQueryBuilder().update(StorageOccupancy).set({ toDate: lastDay }).where('id = :id', { id: o.id });
    if (o.toDate === null) qb.andWhere('toDate IS NULL');
    else qb.andWhere('toDate = :old', { old: o.toDate });
    const done = await qb.execute();
    if (!done.affected) throw new ConflictError('The occupancy changed at the same moment; read it again.');
  }

  /**
   * CONFLICT when any of `days` lies in the period of an issued or confirmed statement of the
   * customer. (Read by table name: statements build on storage, not the other way round.)
   */
  private async assertNotOnLiveStatement(m: EntityManager, customerId: number, days: DayRange): Promise<void> {
    const qb = m
      .createQueryBuilder()
      .select(['s.id AS id', 's.periodStart AS periodStart', 's.periodEnd AS periodEnd', 's.status AS status'])
      .from('statement', 's')
      .where("s.customerId = :cid AND s.status IN ('ISSUED', 'CONFIRMED') AND s.periodEnd >= :first", {
        cid: customerId,
        first: days.first,
      });
    if (days.last !== null) qb.andWhere('s.periodStart <= :last', { last: days.last });
    const live: { id: number; periodStart: string; periodEnd: string; status: string } | undefined = await qb
      .orderBy('s.periodStart', 'ASC')
      .limit(1)
      .getRawOne();
    if (live) {
      throw new ConflictError(
        `Statement ${live.id} (${live.periodStart}..${live.periodEnd}, ${live.status}) already bills storage for these days; they cannot change${live.status === 'ISSUED' ? ' unless it is voided' : ''}.`,
      );
    }
  }
}

function overlaps(a: DayRange, b: DayRange): boolean {
  const aEndsBeforeB = a.last !== null && a.last < b.first;
  const bEndsBeforeA = b.last !== null && b.last < a.first;
  return !aEndsBeforeB && !bEndsBeforeA;
}
