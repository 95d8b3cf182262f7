/** The audit feature's one door: every feature records its events through it, in its own transaction. */
export { recordAudit } from './audit.service';
export { AuditEvent } from './audit-event.entity';
