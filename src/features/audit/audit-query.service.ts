import { DataSource } from 'typeorm';
import { paginate, Page } from '../../graphql/connection';
import { AuditEvent } from './audit-event.entity';

export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** The audit trail, newest first, optionally for one record. */
  list(args: {
    first?: number | null;
    after?: string | null;
    entityType?: string | null;
    entityId?: string | null;
  }): Promise<Page<AuditEvent>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    if (args.entityType) qb.andWhere('e.entityType = :entityType', { entityType: args.entityType });
    if (args.entityId) qb.andWhere('e.entityId = :entityId', { entityId: args.entityId });
    return paginate(qb, args);
  }
}
