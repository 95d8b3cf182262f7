import { DataSource } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { companyToday } from '../../date-window';
import { lockedById } from '../../db/locking';
import { inTransaction } from '../../db/transaction';
import { Role } from '../../domain/roles';
import { BadUserInputError, NotFoundError } from '../../errors';
import { Page, PageArgs, paginate } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { Fen, formatMoney } from '../../graphql/money';
import { optionalText } from '../../graphql/text';
import { monthRange } from '../../time';
import { recordAudit } from '../audit';
import { Staff } from '../staff';
import { SalesTarget, SalesTargetChange } from './sales-target.entity';
import { targetAchievement, TargetAchievementData } from './target-achievement';
import { MANAGEMENT } from '../../domain/role-sets';

/** Who reads every salesperson's targets and achievement: the leaders and the ASSISTANT_MANAGER. */
export const TARGET_READERS: Role[] = MANAGEMENT;

export function canSeeTargetOf(actor: Actor | null | undefined, staffId: number | null): boolean {
  return !!actor && ((staffId !== null && staffId === actor.id) || hasRole(actor, ...TARGET_READERS));
}

export interface SetTargetInput {
  staffId: string;
  month: string;
  salesTarget: Fen;
  collectionTarget: Fen;
  reason?: string | null;
}

/** Monthly sales and collection targets (销售目标、回款目标), their history, and achievement against them. */
export class TargetService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  /**
   * Sets (or changes) a salesperson's targets for a month. Once the month has begun in the
   * company's time zone, a reason is required; every setting is kept in the history with who and
   * why. Setting the same values again changes nothing and records nothing.
   */
  async set(actor: Actor, input: SetTargetInput): Promise<SalesTarget> {
    const staffId = parseIdArg(input.staffId, 'staffId');
    const { first } = monthRange(input.month);
    for (const field of ['salesTarget', 'collectionTarget'] as const) {
      if (!Number.isSafeInteger(input[field]) || input[field] < 0)
        throw new BadUserInputError(`${field} may not be negative.`, field);
    }
    const reason = optionalText(input.reason, 'reason', 1000);
    const afterMonthBegan = companyToday(this.timeZone) >= first;
    return inTransaction(this.db, async (m) => {
      // The salesperson's row serialises target changes for them: two leaders at once take turns.
      const locked = await lockedById(m, Staff, staffId);
      const staff = locked && (await m.findOne(Staff, { where: { id: staffId } }));
      if (!staff) throw new NotFoundError('Staff member', input.staffId);
      if (!staff.roles.includes(Role.SALESPERSON))
        throw new BadUserInputError(
          `${staff.name} is not a salesperson: targets are set for salespeople only.`,
          'staffId',
        );
      if (!staff.active) throw new BadUserInputError(`${staff.name} is no longer active.`, 'staffId');
      const existing = await m.findOne(SalesTarget, { where: { staffId, month: input.month } });
      if (
        existing &&
        existing.salesTarget === input.salesTarget &&
        existing.collectionTarget === input.collectionTarget
      )
        return existing;
      if (afterMonthBegan && !reason) {
        throw new BadUserInputError(`${input.month} has begun: say why its targets are set or changed now.`, 'reason');
      }
      const now = new Date();
      let id: number;
      if (existing) {
        await m.update(
          SalesTarget,
          { id: existing.id },
          { salesTarget: input.salesTarget, collectionTarget: input.collectionTarget, setById: actor.id, setAt: now },
        );
        id = existing.id;
      } else {
        const inserted = await m.insert(SalesTarget, {
          staffId,
          month: input.month,
          salesTarget: input.salesTarget,
          collectionTarget: input.collectionTarget,
          setById: actor.id,
          setAt: now,
        });
        id = Number(inserted.identifiers[0].id);
      }
      await m.insert(SalesTargetChange, {
        targetId: id,
        staffId,
        month: input.month,
        previousSalesTarget: existing?.salesTarget ?? null,
        previousCollectionTarget: existing?.collectionTarget ?? null,
        salesTarget: input.salesTarget,
        collectionTarget: input.collectionTarget,
        afterMonthBegan,
        reason,
        changedById: actor.id,
      });
      const before = existing
        ? `${formatMoney(existing.salesTarget)}/${formatMoney(existing.collectionTarget)} -> `
        : '';
      await recordAudit(m, actor.id, {
        action: existing ? 'sales_target.changed' : 'sales_target.set',
        entityType: 'SalesTarget',
        entityId: id,
        summary: `${staff.name} ${input.month}: sales/collection ${before}${formatMoney(input.salesTarget)}/${formatMoney(input.collectionTarget)}${reason ? `: ${reason}` : ''}`,
      });
      return m.findOneOrFail(SalesTarget, { where: { id } });
    });
  }

  /** The month's achievement; a caller who reads only their own (a salesperson) gets only their row. */
  async achievement(actor: Actor, month: string): Promise<TargetAchievementData> {
    const report = await targetAchievement(this.db, this.timeZone, month);
    if (hasRole(actor, ...TARGET_READERS)) return report;
    return { ...report, rows: report.rows.filter((r) => r.staffId === actor.id) };
  }

  /** The history of target settings, newest first, optionally of one salesperson and one month. */
  changes(args: PageArgs & { staffId?: string | null; month?: string | null }): Promise<Page<SalesTargetChange>> {
    const qb = this.db.getRepository(SalesTargetChange).createQueryBuilder('c');
    if (args.staffId) qb.andWhere('c.staffId = :staffId', { staffId: parseIdArg(args.staffId, 'staffId') });
    if (args.month) {
      monthRange(args.month);
      qb.andWhere('c.month = :month', { month: args.month });
    }
    return paginate(qb, args);
  }
}
