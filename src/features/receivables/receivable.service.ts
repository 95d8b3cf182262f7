import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { Config } from '../../config';
import { paginate, Page } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { localDateIn } from '../../time';
import { Receivable } from '../ledger';
import { ownCustomersOnly } from '../customers';

export interface ReceivableFilterArgs {
  customerId?: string | null;
  ownerId?: string | null;
  overdue?: boolean | null;
  settled?: boolean | null;
}

const SETTLED =
  'r.amount <= (SELECT COALESCE(SUM(pa.amount), 0) FROM payment_allocation pa WHERE pa.receivableId = r.id)';

export class ReceivableService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {}

  today(): string {
    return localDateIn(this.config.timeZone, new Date());
  }

  list(
    actor: Actor,
    args: { first?: number | null; after?: string | null },
    filter: ReceivableFilterArgs = {},
  ): Promise<Page<Receivable>> {
    const qb = this.db.getRepository(Receivable).createQueryBuilder('r');
    if (filter.customerId != null)
      qb.andWhere('r.customerId = :cid', { cid: parseIdArg(filter.customerId, 'customerId') });
    if (filter.ownerId != null)
      qb.andWhere('r.customerId IN (SELECT fc.id FROM customer fc WHERE fc.ownerId = :fo)', {
        fo: parseIdArg(filter.ownerId, 'ownerId'),
      });
    if (filter.settled === true) qb.andWhere(SETTLED);
    if (filter.settled === false) qb.andWhere(`NOT (${SETTLED})`);
    if (filter.overdue === true) qb.andWhere(`r.dueDate < :today AND NOT (${SETTLED})`, { today: this.today() });
    if (filter.overdue === false) qb.andWhere(`(r.dueDate >= :today OR ${SETTLED})`, { today: this.today() });
    ownCustomersOnly(actor, qb, 'r.customerId');
    return paginate(qb, args);
  }
}
