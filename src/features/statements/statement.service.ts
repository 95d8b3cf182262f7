import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { Config } from '../../config';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { lockedById } from '../../db/locking';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { paginate, Page } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { formatMoney } from '../../graphql/money';
import { addDays, localDateIn } from '../../time';
import { checkDate, windows } from '../../date-window';
import { recordAudit } from '../audit';
import { NotificationKind, recordNotification } from '../notifications';
import { loadCustomer, ownCustomersOnly } from '../customers';
import { Receivable, monthOf, recordMoneyMovement } from '../ledger';
import { applyCredit } from '../ledger';
import { Consignment, repriceConsignments } from '../consignments';
import { draftLines } from './statement-builder';
import { StatementLine } from './statement-line.entity';
import { Statement, StatementStatus } from './statement.entity';
import { insertAndLoad } from '../../db/insert';

const LIVE = [StatementStatus.ISSUED, StatementStatus.CONFIRMED];

export class StatementService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {}

  today(): string {
    return localDateIn(this.config.timeZone, new Date());
  }

  async get(actor: Actor, id: string): Promise<Statement> {
    const qb = this.db
      .getRepository(Statement)
      .createQueryBuilder('s')
      .where('s.id = :id', { id: parseIdArg(id, 'id') });
    ownCustomersOnly(actor, qb, 's.customerId');
    const s = await qb.getOne();
    if (!s) throw new NotFoundError('Statement', id);
    return s;
  }

  list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; customerId?: string | null; status?: StatementStatus | null },
  ): Promise<Page<Statement>> {
    const qb = this.db.getRepository(Statement).createQueryBuilder('s');
    if (args.customerId != null) qb.andWhere('s.customerId = :cid', { cid: parseIdArg(args.customerId, 'customerId') });
    if (args.status) qb.andWhere('s.status = :status', { status: args.status });
    ownCustomersOnly(actor, qb, 's.customerId');
    return paginate(qb, args);
  }

  async issue(actor: Actor, customerId: string, periodStart: string, periodEnd: string): Promise<Statement> {
    const past = windows.past(this.today());
    checkDate(periodStart, 'periodStart', past);
    checkDate(periodEnd, 'periodEnd', past);
    if (periodEnd < periodStart) throw new BadUserInputError('The period may not end before it starts.', 'periodEnd');
    try {
      return await inTransaction(this.db, async (m) => {
        const customer = await loadCustomer(m, customerId, { lock: true });
        const overlapping = await m
          .getRepository(Statement)
          .createQueryBuilder('s')
          .where('s.customerId = :cid AND s.status IN (:...live) AND s.periodStart <= :end AND s.periodEnd >= :start', {
            cid: customer.id,
            live: LIVE,
            start: periodStart,
            end: periodEnd,
          })
          .getOne();
        if (overlapping) {
          throw new ConflictError(
            `Statement ${overlapping.id} (${overlapping.periodStart}..${overlapping.periodEnd}) already covers part of this period; void it first.`,
          );
        }
        const lines = await draftLines(m, customer, periodStart, periodEnd, this.config.defaultStorageRate);
        if (!lines.length) throw new BadUserInputError('Nothing to bill in this period.', 'periodStart');
        const total = lines.reduce((sum, l) => sum + l.amount, 0);
        if (total < 0)
          throw new BadUserInputError(
            'The deductions exceed the fees of this period; choose a longer period.',
            'periodEnd',
          );
        const statement = await insertAndLoad(m, Statement, {
          customerId: customer.id,
          periodStart,
          periodEnd,
          status: StatementStatus.ISSUED,
          total,
          issuedById: actor.id,
        });
        await m.insert(
          StatementLine,
          lines.map((l) => ({
            ...l,
            statementId: statement.id,
            liveConsignmentId: l.consignmentId,
            liveDeductionId: l.deductionRequestId,
          })),
        );
        await recordAudit(m, actor.id, {
          action: 'statement.issued',
          entityType: 'Statement',
          entityId: statement.id,
          summary: `Issued the statement of ${customer.name} for ${periodStart}..${periodEnd}: ${lines.length} lines, total ${formatMoney(total)}`,
        });
        return statement;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          'A consignment or deduction of this period was put on another statement at the same moment; try again.',
        );
      throw error;
    }
  }

  async voidStatement(actor: Actor, id: string, reason: string): Promise<Statement> {
    const why = reason.trim();
    if (!why) throw new BadUserInputError('A reason is required to void a statement.', 'reason');
    const statementId = parseIdArg(id, 'id');
    await inTransaction(this.db, async (m) => {
      const s = await lockedById(m, Statement, statementId);
      if (!s) throw new NotFoundError('Statement', id);
      const customer = await loadCustomer(m, s.customerId, { lock: true });
      const done = await m
        .createQueryBuilder()
        .update(Statement)
        .set({ status: StatementStatus.VOID, voidReason: why.slice(0, 500) })
        .where('id = :id AND status = :issued', { id: statementId, issued: StatementStatus.ISSUED })
        .execute();
      if (!done.affected)
        throw new ConflictError(`Only an issued, unconfirmed statement can be voided (this one is ${s.status}).`);
      const released = await m
        .getRepository(Consignment)
        .createQueryBuilder('c')
        .where('c.id IN (SELECT l.liveConsignmentId FROM statement_line l WHERE l.statementId = :id)', {
          id: statementId,
        })
        .getMany();
      await m
        .createQueryBuilder()
        .update(StatementLine)
        .set({ liveConsignmentId: null, liveDeductionId: null })
        .where('statementId = :id', { id: statementId })
        .execute();
      await repriceConsignments(m, customer, released);
      await recordAudit(m, actor.id, {
        action: 'statement.voided',
        entityType: 'Statement',
        entityId: statementId,
        summary: `Voided statement ${statementId}: ${why}`,
      });
    });
    return this.db.getRepository(Statement).findOneByOrFail({ id: statementId });
  }

  async confirm(actor: Actor, id: string, confirmedBy: string): Promise<Statement> {
    const who = confirmedBy.trim();
    if (!who) throw new BadUserInputError('Name who at the customer confirmed the total.', 'confirmedBy');
    const statementId = parseIdArg(id, 'id');
    const today = this.today();
    await inTransaction(
      this.db,
      async (m) => {
        const s = await lockedById(m, Statement, statementId);
        if (!s) throw new NotFoundError('Statement', id);
        const customer = await loadCustomer(m, s.customerId, { lock: true });
        const dueDate = addDays(today, customer.paymentTermDays);
        const done = await m
          .createQueryBuilder()
          .update(Statement)
          .set({ status: StatementStatus.CONFIRMED, confirmedBy: who.slice(0, 100), confirmedOn: today, dueDate })
          .where('id = :id AND status = :issued', { id: statementId, issued: StatementStatus.ISSUED })
          .execute();
        if (!done.affected)
          throw new ConflictError(`Only an issued statement can be confirmed (this one is ${s.status}).`);
        const receivable = await insertAndLoad(m, Receivable, {
          statementId,
          customerId: s.customerId,
          amount: s.total,
          confirmedOn: today,
          dueDate,
        });
        await recordMoneyMovement(m, s.customerId, monthOf(today), { added: s.total });
        await applyCredit(m, receivable);
        await recordAudit(m, actor.id, {
          action: 'statement.confirmed',
          entityType: 'Statement',
          entityId: statementId,
          summary: `${who} of ${customer.name} confirmed ${formatMoney(s.total)}; receivable due ${dueDate}`,
        });
        await recordNotification(m, {
          kind: NotificationKind.STATEMENT_CONFIRMED,
          message: `${who} of ${customer.name} confirmed statement ${statementId}; payment is due ${dueDate}.`,
          to: { staffIds: [customer.ownerId] },
          actorId: actor.id,
          customerId: customer.id,
          statementId,
        });
      },
      { readCommitted: true },
    );
    return this.db.getRepository(Statement).findOneByOrFail({ id: statementId });
  }
}
