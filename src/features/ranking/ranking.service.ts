import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { Role } from '../../domain/roles';
import { BadUserInputError, must } from '../../errors';
import { addDays, monthRange, startOfLocalDay } from '../../time';
import { recordAudit } from '../audit';
import { countAttendance } from '../attendance';
import { sumViolations } from '../violations';
import { OwnershipChange } from '../customers';
import { Visit, VisitStatus } from '../visits';
import { countResolvedComplaints } from '../complaints';
import { targetAchievement } from '../targets';
import { RankingWeightsSetting } from './ranking-weights.entity';
import {
  COMPONENTS,
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  RankingComponent,
  RankingComponentKind,
  RankingRow,
  RankingWeights,
  Weights,
} from './ranking.types';
import { MANAGEMENT } from '../../domain/role-sets';

/** Who reads every salesperson's ranking line: the leaders and the ASSISTANT_MANAGER. */
export const RANKING_READERS: Role[] = MANAGEMENT;

const WEIGHT_FIELDS = COMPONENTS.map((c) => c.weight);

function toWeights(setting: RankingWeightsSetting | null): RankingWeights {
  const values = setting ?? DEFAULT_WEIGHTS;
  const weights = Object.fromEntries(WEIGHT_FIELDS.map((f) => [f, values[f]])) as unknown as Weights;
  return { ...weights, isDefault: !setting, setAt: setting?.setAt ?? null, setById: setting?.setById ?? null };
}

async function countBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  staffColumn: string,
): Promise<Map<number, number>> {
  const rows: Array<{ staffId: number | string; n: number | string }> = await qb
    .select(staffColumn, 'staffId')
    .addSelect('COUNT(*)', 'n')
    .groupBy(staffColumn)
    .getRawMany();
  return new Map(rows.map((r) => [Number(r.staffId), Number(r.n)]));
}

/** Half up to two decimals, in hundredths (points are never negative before their sign is applied). */
const hundredths = (x: number) => Math.round(x * 100 + 1e-9);

/**
 * The monthly performance ranking (考核评比): a score per salesperson from the DIRECTOR's weights
 * over what the month's records say (see RANKING_FORMULA), every component shown.
 */
export class RankingService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async setWeights(actor: Actor, input: Weights): Promise<RankingWeights> {
    for (const field of WEIGHT_FIELDS) {
      const w = input[field];
      if (!Number.isInteger(w) || w < 0 || w > MAX_WEIGHT)
        throw new BadUserInputError(`${field} must be a whole number from 0 to ${MAX_WEIGHT}.`, field);
    }
    if (COMPONENTS.every((c) => c.sign < 0 || input[c.weight] === 0)) {
      throw new BadUserInputError(
        'At least one component that counts for the score must weigh more than 0.',
        'targetAchievement',
      );
    }
    return inTransaction(this.db, async (m) => {
      const values = Object.fromEntries(WEIGHT_FIELDS.map((f) => [f, input[f]])) as unknown as Weights;
      const inserted = await m.insert(RankingWeightsSetting, { ...values, setById: actor.id });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'ranking_weights.set',
        entityType: 'RankingWeights',
        entityId: id,
        summary: `Ranking weights: ${WEIGHT_FIELDS.map((f) => `${f} ${input[f]}`).join(', ')}`,
      });
      return toWeights(await m.findOneOrFail(RankingWeightsSetting, { where: { id } }));
    });
  }

  /** The weights in force now, or (with `month`) those set last before that month ended. */
  async weights(month?: string): Promise<RankingWeights> {
    const qb = this.db.getRepository(RankingWeightsSetting).createQueryBuilder('w');
    if (month) {
      const { last } = monthRange(month);
      qb.where('w.setAt < :end', { end: startOfLocalDay(this.timeZone, addDays(last, 1)) });
    }
    return toWeights((await qb.orderBy('w.id', 'DESC').limit(1).getOne()) ?? null);
  }

  async ranking(actor: Actor, month: string): Promise<RankingRow[]> {
    const { first, last } = monthRange(month);
    const start = startOfLocalDay(this.timeZone, first);
    const end = startOfLocalDay(this.timeZone, addDays(last, 1));
    const [weights, achievement, visits, newCustomers, complaints, attendance, violations] = await Promise.all([
      this.weights(month),
      targetAchievement(this.db, this.timeZone, month),
      countBy(
        this.db
          .createQueryBuilder(Visit, 'v')
          .where('v.status = :completed AND v.completedAt >= :start AND v.completedAt < :end', {
            completed: VisitStatus.COMPLETED,
            start,
            end,
          }),
        'v.salespersonId',
      ),
      countBy(
        this.db
          .createQueryBuilder(OwnershipChange, 'o')
          .where('o.fromOwnerId IS NULL AND o.changedAt >= :start AND o.changedAt < :end', { start, end }),
        'o.toOwnerId',
      ),
      countResolvedComplaints(this.db, first, last),
      countAttendance(this.db, first, last),
      sumViolations(this.db, first, last),
    ]);

    const people = achievement.rows;
    const raws = people.map((p) => ({
      [RankingComponentKind.TARGET_ACHIEVEMENT]: {
        raw: (p.sales.ratio ?? 0) * 100,
        share: Math.min(p.sales.ratio ?? 0, 1),
      },
      [RankingComponentKind.COLLECTIONS]: {
        raw: (p.collections.ratio ?? 0) * 100,
        share: Math.min(p.collections.ratio ?? 0, 1),
      },
      [RankingComponentKind.VISITS_COMPLETED]: { raw: visits.get(p.staffId) ?? 0 },
      [RankingComponentKind.NEW_CUSTOMERS]: { raw: newCustomers.get(p.staffId) ?? 0 },
      [RankingComponentKind.COMPLAINTS_HANDLED_IN_TIME]: { raw: complaints.get(p.staffId)?.inTime ?? 0 },
      [RankingComponentKind.UNEXCUSED_ABSENCES]: { raw: attendance.get(p.staffId)?.unexcusedAbsences ?? 0 },
      [RankingComponentKind.VIOLATIONS]: { raw: violations.get(p.staffId)?.count ?? 0 },
    })) as Array<Record<RankingComponentKind, { raw: number; share?: number }>>;
    const highest = new Map(COMPONENTS.map((c) => [c.kind, Math.max(0, ...raws.map((r) => r[c.kind].raw))]));

    const scored = people.map((p, i) => {
      let total = 0;
      const components: RankingComponent[] = COMPONENTS.map((c) => {
        const { raw, share } = raws[i][c.kind];
        const max = must(highest.get(c.kind), `highest ${c.kind}`);
        const normalized = share ?? (max > 0 ? raw / max : 0);
        const weight = weights[c.weight];
        // `|| 0`: a negative component that counted nothing gives 0, not -0.
        const points = c.sign * hundredths(weight * normalized) || 0;
        total += points;
        return {
          component: c.kind,
          raw: Math.round(raw * 10) / 10,
          normalized: Math.round(normalized * 10_000) / 10_000,
          weight,
          points: points / 100,
        };
      });
      return { staff: p.staff, staffId: p.staffId, month, total, components };
    });
    const ordered = [...scored].sort(
      (a, b) => b.total - a.total || a.staff.name.localeCompare(b.staff.name) || a.staffId - b.staffId,
    );
    const rows: RankingRow[] = ordered.map((s) => ({
      staff: s.staff,
      staffId: s.staffId,
      month,
      score: s.total / 100,
      rank: 1 + ordered.filter((o) => o.total > s.total).length,
      of: ordered.length,
      components: s.components,
    }));
    return hasRole(actor, ...RANKING_READERS) ? rows : rows.filter((r) => r.staffId === actor.id);
  }
}
