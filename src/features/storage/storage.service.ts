import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { recordAudit } from '../audit/audit.service';
import { loadCustomer } from '../receivables/customer-ref';
import { ownCustomersOnly } from '../receivables/row-filter';
import { Role } from '../staff/role';
import { StorageAreaNotice } from './storage-area-notice.entity';
import { StorageOccupancy } from './storage-occupancy.entity';
import { parseAreaCenti } from './storage-fee';

export class StorageService {
  constructor(private readonly db: DataSource) {}

  async record(actor: Actor, customerId: string, area: number, from: string, to: string | null): Promise<StorageOccupancy> {
    const centi = parseAreaCenti(area);
    if (centi === null) throw new BadUserInputError('The area must be a positive number of m² with at most two decimals.', 'areaSquareMeters');
    if (to !== null && to < from) throw new BadUserInputError('The end date may not be before the start date.', 'to');
    return inTransaction(this.db, async (m) => {
      const customer = await loadCustomer(m, customerId);
      const saved = await m.save(m.create(StorageOccupancy, { customerId: customer.id, areaCentiSquareMeters: centi, fromDate: from, toDate: to, recordedById: actor.id }));
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

  notices(actor: Actor, customerId?: string | null): Promise<StorageAreaNotice[]> {
    const qb = this.db.getRepository(StorageAreaNotice).createQueryBuilder('n').orderBy('n.id', 'DESC').limit(200);
    if (customerId) qb.andWhere('n.customerId = :cid', { cid: parseId(customerId, 'Customer') });
    ownCustomersOnly(actor, qb, 'n.customerId', [Role.ORDER_CLERK]);
    return qb.getMany();
  }
}
