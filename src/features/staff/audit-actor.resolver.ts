import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuditEvent } from '../audit';
import { Staff } from './staff.entity';

/**
 * Who acted in an audit event. Staff adds this field to the audit trail's events because audit
 * sits below staff (every feature, staff included, records audit events).
 */
@Resolver(() => AuditEvent)
export class AuditActorResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member who acted; null for the system.' })
  actor(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return event.actorId === null ? null : ctx.loaders.staff.load(event.actorId);
  }
}
