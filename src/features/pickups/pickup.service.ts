import { DataSource } from 'typeorm';
import { checkDate, companyToday, windows } from '../../date-window';
import { Actor } from '../../auth/actor';
import { ownCustomersOnly, assertCanActFor, loadCustomer } from '../customers';
import { Config } from '../../config';
import { inTransaction } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { localDateIn } from '../../time';
import { recordAudit } from '../audit';
import { NoticeStatus } from '../signoffs';
import { Role } from '../../domain/roles';
import { assertPickupConditions } from './pickup-conditions';
import { PickupNotice } from './pickup-notice.entity';
import { insertAndLoad } from '../../db/insert';

export class PickupService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {}

  create(actor: Actor, customerId: string, pickupDate: string, goods: string): Promise<PickupNotice> {
    const what = goods.trim();
    if (!what) throw new BadUserInputError('Say what is picked up.', 'goods');
    checkDate(pickupDate, 'pickupDate', windows.upcoming(companyToday(this.config.timeZone)));
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId, { lock: true });
      assertCanActFor(actor, customer);
      await assertPickupConditions(m, customer, localDateIn(this.config.timeZone, new Date()));
      const notice = await insertAndLoad(m, PickupNotice, {
        customerId: customer.id,
        pickupDate,
        goods: what.slice(0, 500),
        handlerId: actor.id,
        status: NoticeStatus.PENDING,
      });
      await recordAudit(m, actor.id, {
        action: 'pickup.created',
        entityType: 'PickupNotice',
        entityId: notice.id,
        summary: `Pickup notice for ${customer.name} on ${pickupDate}: ${what}`,
      });
      return notice;
    });
  }

  sign(actor: Actor, id: string) {
    return this.decide(actor, id, NoticeStatus.COMPLETED, null);
  }

  reject(actor: Actor, id: string, reason: string) {
    const why = reason.trim();
    if (!why) throw new BadUserInputError('A reason is required to reject a pickup notice.', 'reason');
    return this.decide(actor, id, NoticeStatus.REJECTED, why);
  }

  private async decide(actor: Actor, id: string, status: NoticeStatus, reason: string | null): Promise<PickupNotice> {
    const noticeId = parseIdArg(id, 'id');
    await inTransaction(this.db, async (m) => {
      const notice = await lockedById(m, PickupNotice, noticeId);
      if (!notice) throw new NotFoundError('Pickup notice', id);
      const done = await m
        .createQueryBuilder()
        .update(PickupNotice)
        .set({ status, decidedById: actor.id, decidedAt: new Date(), rejectReason: reason })
        .where('id = :id AND status = :pending', { id: noticeId, pending: NoticeStatus.PENDING })
        .execute();
      if (!done.affected) throw new ConflictError('This pickup notice was already decided.');
      await recordAudit(m, actor.id, {
        action: status === NoticeStatus.COMPLETED ? 'pickup.signed' : 'pickup.rejected',
        entityType: 'PickupNotice',
        entityId: noticeId,
        summary: `${actor.name} ${status === NoticeStatus.COMPLETED ? 'signed' : `rejected (${reason})`} pickup notice ${noticeId}`,
      });
    });
    return this.db.getRepository(PickupNotice).findOneByOrFail({ id: noticeId });
  }

  list(actor: Actor, status: NoticeStatus | null): Promise<PickupNotice[]> {
    const qb = this.db.getRepository(PickupNotice).createQueryBuilder('p').orderBy('p.id', 'DESC').limit(500);
    if (status) qb.andWhere('p.status = :status', { status });
    ownCustomersOnly(actor, qb, 'p.customerId', [Role.DISPATCHER]);
    return qb.getMany();
  }
}
