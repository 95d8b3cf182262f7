import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { Config } from '../../config';
import { inTransaction } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, SelfApprovalError, must } from '../../errors';
import { Role } from '../../domain/roles';
import { parseIdArg } from '../../graphql/ids';
import { localDateIn } from '../../time';
import { recordAudit } from '../audit';
import { loadCustomer } from '../customers';
import { ApprovalKind, ApprovalStatus } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';
import { applyApproval, ApprovalHooks } from './approval-effects';
import { assertMayDecide } from './approval-policy.service';
import { notifyApprovalDecided } from './approval-notifications';

/**
 * Deciding a request: once, by a MANAGER or DIRECTOR who did not file it, within the policy.
 * The decision is a conditional update on status = PENDING (the loser of a race gets CONFLICT),
 * and the approval's effect is applied in the same transaction.
 */
export class ApprovalDecisionService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly hooks: ApprovalHooks,
  ) {}

  approve(actor: Actor, id: string, note: string | null) {
    return this.decide(actor, id, ApprovalStatus.APPROVED, note?.trim() || null);
  }

  reject(actor: Actor, id: string, note: string) {
    const text = note.trim();
    if (!text) throw new BadUserInputError('A note is required to reject a request.', 'note');
    return this.decide(actor, id, ApprovalStatus.REJECTED, text);
  }

  private async decide(
    actor: Actor,
    id: string,
    status: ApprovalStatus,
    note: string | null,
  ): Promise<ApprovalRequest> {
    const requestId = parseIdArg(id, 'id');
    const today = localDateIn(this.config.timeZone, new Date());
    await inTransaction(this.db, async (m) => {
      const request = await lockedById(m, ApprovalRequest, requestId);
      if (!request) throw new NotFoundError('Approval request', id);
      if (request.requesterId === actor.id) throw new SelfApprovalError();
      if (request.status !== ApprovalStatus.PENDING)
        throw new ConflictError(`This request was already ${request.status.toLowerCase()}.`);
      if (request.kind === ApprovalKind.EXPENSE) {
        // An expense claim is judged on its spender's budget, not on a customer (it may name none).
        if (status === ApprovalStatus.APPROVED) {
          const reason = await this.hooks.expenseDirectorOnlyReason(m, request);
          if (reason && !hasRole(actor, Role.DIRECTOR)) throw new ForbiddenError(reason);
        }
        await this.record(m, actor, request, status, note);
        await notifyApprovalDecided(m, actor, request, null, status, note);
        return;
      }
      // Lock the customer before any plain read, so the effect sees every committed change of it.
      // Only an EXPENSE claim may name no customer (handled above).
      const customerId = must(request.customerId, `customer of approval request ${request.id}`);
      const customer = await loadCustomer(m, customerId, { lock: true });
      if (status === ApprovalStatus.APPROVED) await assertMayDecide(m, actor, request, customer, today);
      await this.record(m, actor, request, status, note);
      if (status === ApprovalStatus.APPROVED)
        await applyApproval(m, this.hooks, actor.id, { ...request, status }, customer, today);
      await notifyApprovalDecided(m, actor, request, customer, status, note);
    });
    return this.db.getRepository(ApprovalRequest).findOneByOrFail({ id: requestId });
  }

  /** The decision itself: a conditional update on PENDING (the loser of a race gets CONFLICT) and its audit event. */
  private async record(
    m: EntityManager,
    actor: Actor,
    request: ApprovalRequest,
    status: ApprovalStatus,
    note: string | null,
  ): Promise<void> {
    const requestId = request.id;
    const done = await m
      .createQueryBuilder()
      .update(ApprovalRequest)
      .set({ status, decidedById: actor.id, decidedAt: new Date(), note: note?.slice(0, 2000) ?? null })
      .where('id = :id AND status = :pending', { id: requestId, pending: ApprovalStatus.PENDING })
      .execute();
    if (!done.affected) throw new ConflictError('This request was decided by someone else at the same moment.');
    await recordAudit(m, actor.id, {
      action: status === ApprovalStatus.APPROVED ? 'approval.approved' : 'approval.rejected',
      entityType: 'ApprovalRequest',
      entityId: requestId,
      summary: `${actor.name} ${status === ApprovalStatus.APPROVED ? 'approved' : 'rejected'} ${request.kind} request ${requestId}${note ? `: ${note}` : ''}`,
    });
  }
}
