import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  summary: string;
}

/**
 * Writes an audit event with the given manager, so it commits or rolls back together with the
 * change it records. Callers pass the transaction's manager, never the global one.
 */
export async function recordAudit(manager: EntityManager, actorId: number | null, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditEvent, {
    actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    summary: entry.summary.slice(0, 1000),
  });
}
