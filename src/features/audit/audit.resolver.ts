import { Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { AuditEvent } from './audit-event.entity';

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only events about this kind of record, e.g. "Customer".' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events about the record with this id (use with entityType).' })
  entityId?: string | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      'The audit trail of every request, decision, signature, ownership move and money movement (DIRECTOR, MANAGER).',
  })
  auditEvents(@Args() args: AuditEventsArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.list(args);
  }
}
