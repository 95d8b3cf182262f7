import { DataSource } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { Config } from '../../config';
import { inTransaction } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { localDateIn } from '../../time';
import { signForm, NoticeStatus } from '../signoffs';
import { Department } from '../../domain/roles';
import { loadCustomer } from '../customers';
import { NotificationKind, recordNotification } from '../notifications';
import { ApprovalKind } from './approval-enums';
import { ApprovalRequest } from './approval-request.entity';
import { ArrearsConsent } from './arrears-consent.entity';
import { overdueUnpaidSql } from '../ledger';
import { LEADERS, MONEY_READERS, SIGNERS } from '../../domain/role-sets';

/** The customer still owes past due: arrears are overdue money (the same measure as the pickup conditions). */
const OWES = overdueUnpaidSql('a.customerId', ':today');

/** A consent counts (and so can be overdue) only once every department it names has signed. */
const OVERDUE = `(a.promisedDate < :today AND ${OWES} > 0 AND EXISTS (SELECT 1 FROM signoff_form f WHERE f.id = a.formId AND f.status = :completed))`;

/** Arrears consents (同意欠费通知单) and liaison forms: listing and departmental signatures. */
export class ArrearsConsentService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {}

  today(): string {
    return localDateIn(this.config.timeZone, new Date());
  }

  /**
   * overdue: fully signed, promised date passed and the customer still owes past due; a salesperson sees the ones they
   * handle.
   */
  list(actor: Actor, overdue: boolean | null): Promise<ArrearsConsent[]> {
    const qb = this.db
      .getRepository(ArrearsConsent)
      .createQueryBuilder('a')
      .orderBy('a.promisedDate', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (overdue === true) qb.andWhere(OVERDUE, { today: this.today(), completed: NoticeStatus.COMPLETED });
    if (overdue === false) qb.andWhere(`NOT ${OVERDUE}`, { today: this.today(), completed: NoticeStatus.COMPLETED });
    if (!hasRole(actor, ...MONEY_READERS, ...SIGNERS)) {
      qb.andWhere('a.handlerId = :me', { me: actor.id });
    }
    return qb.getMany();
  }

  /**
   * Raises ARREARS_OVERDUE, to the handler and the leaders, for each consent that is overdue now
   * and was never raised: once per consent, whichever sweep (or instance) gets there first (a
   * conditional update claims it in the transaction that stores the notifications). The server
   * runs it every ARREARS_SWEEP_MS. Returns how many consents it raised.
   */
  async raiseOverdue(): Promise<number> {
    const today = this.today();
    const due = await this.db
      .getRepository(ArrearsConsent)
      .createQueryBuilder('a')
      .where('a.overdueNotifiedOn IS NULL')
      .andWhere(OVERDUE, { today, completed: NoticeStatus.COMPLETED })
      .orderBy('a.id', 'ASC')
      .getMany();
    let raised = 0;
    for (const consent of due) {
      const claimed = await inTransaction(this.db, async (m) => {
        const won = await m
          .createQueryBuilder()
          .update(ArrearsConsent)
          .set({ overdueNotifiedOn: today })
          .where('id = :id AND overdueNotifiedOn IS NULL', { id: consent.id })
          .execute();
        if (!won.affected) return false;
        const customer = await loadCustomer(m, consent.customerId);
        await recordNotification(m, {
          kind: NotificationKind.ARREARS_OVERDUE,
          message: `Arrears consent ${consent.id} for ${customer.name} passed its promised date ${consent.promisedDate} and is still unpaid.`,
          to: { staffIds: [consent.handlerId], roles: LEADERS },
          customerId: customer.id,
          approvalRequestId: consent.requestId,
        });
        return true;
      });
      if (claimed) raised++;
    }
    return raised;
  }

  async sign(actor: Actor, id: string, department: Department): Promise<ArrearsConsent> {
    const consentId = parseIdArg(id, 'id');
    await inTransaction(this.db, async (m) => {
      const consent = await lockedById(m, ArrearsConsent, consentId);
      if (!consent) throw new NotFoundError('Arrears consent', id);
      await signForm(
        m,
        actor,
        consent.formId,
        department,
        { entityType: 'ArrearsConsent', entityId: consentId, label: `arrears consent ${consentId}` },
        {
          label: `arrears consent ${consentId}`,
          filerId: consent.handlerId,
          customerId: consent.customerId,
          approvalRequestId: consent.requestId,
          actorId: actor.id,
        },
      );
    });
    return this.db.getRepository(ArrearsConsent).findOneByOrFail({ id: consentId });
  }

  async signLiaison(actor: Actor, requestId: string, department: Department): Promise<ApprovalRequest> {
    const rid = parseIdArg(requestId, 'requestId');
    await inTransaction(this.db, async (m) => {
      const request = await lockedById(m, ApprovalRequest, rid);
      if (!request || request.kind !== ApprovalKind.SPECIAL_OPERATION)
        throw new NotFoundError('Liaison form', requestId);
      if (!request.formId) throw new NotFoundError('Liaison form (the request is not approved)', requestId);
      await signForm(
        m,
        actor,
        request.formId,
        department,
        { entityType: 'ApprovalRequest', entityId: rid, label: `liaison form ${rid}` },
        {
          label: `liaison form of request ${rid}`,
          filerId: request.requesterId,
          customerId: request.customerId,
          approvalRequestId: rid,
          actorId: actor.id,
        },
      );
    });
    return this.db.getRepository(ApprovalRequest).findOneByOrFail({ id: rid });
  }
}
