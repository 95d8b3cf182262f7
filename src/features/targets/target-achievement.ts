import { DataSource, In } from 'typeorm';
import { Role } from '../../domain/roles';
import { Fen, sumToFen } from '../../graphql/money';
import { monthRange } from '../../time';
import { Staff } from '../staff';
import { Statement, StatementStatus } from '../statements';
import { Payment } from '../ledger';
import { SalesTarget } from './sales-target.entity';
import { ownerAtEndOfDay } from './owner-at';

/** A target beside what was achieved. */
export interface AchievementFiguresData {
  target: Fen;
  actual: Fen;
  /** actual / target × 100, one decimal; null when the target is zero. */
  percent: number | null;
  /** What remains to reach the target: target − actual, never below zero. */
  gap: Fen;
  /** actual / target exactly (null when the target is zero), for the ranking. */
  ratio: number | null;
}

export interface AchievementRowData {
  staff: Staff;
  /** The row's owner (for the field rules). */
  staffId: number;
  month: string;
  targetSet: boolean;
  sales: AchievementFiguresData;
  collections: AchievementFiguresData;
}

export interface DepartmentAchievementData {
  /** Null: the department's figures are not any one person's (the field rule reads it). */
  staffId: null;
  salespeople: number;
  sales: AchievementFiguresData;
  collections: AchievementFiguresData;
}

export interface TargetAchievementData {
  month: string;
  rows: AchievementRowData[];
  department: DepartmentAchievementData;
}

export function figures(target: Fen, actual: Fen): AchievementFiguresData {
  const ratio = target > 0 ? actual / target : null;
  return {
    target,
    actual,
    ratio,
    percent: ratio === null ? null : Math.round(ratio * 1000) / 10,
    gap: Math.max(0, target - actual),
  };
}

/**
 * What each salesperson achieved in a month against their targets: the statements of their own
 * customers confirmed on a day of the month (confirmedOn, a company-local day) and the payments
 * received from their own customers on a day of the month (receivedOn), each counted for the
 * customer's owner at the end of that day. Rows: every active salesperson, and anyone with a
 * target that month, by name. The department's figures are the sums of the rows.
 */
export async function targetAchievement(
  db: DataSource,
  timeZone: string,
  month: string,
): Promise<TargetAchievementData> {
  const { first, last } = monthRange(month);
  const [targets, statements, payments] = await Promise.all([
    db.getRepository(SalesTarget).find({ where: { month } }),
    db
      .createQueryBuilder(Statement, 's')
      .select('s.customerId', 'customerId')
      .addSelect('s.confirmedOn', 'day')
      .addSelect('SUM(s.total)', 'total')
      .where('s.status = :confirmed AND s.confirmedOn >= :first AND s.confirmedOn <= :last', {
        confirmed: StatementStatus.CONFIRMED,
        first,
        last,
      })
      .groupBy('s.customerId')
      .addGroupBy('s.confirmedOn')
      .getRawMany<{ customerId: number | string; day: string; total: number | string }>(),
    db
      .createQueryBuilder(Payment, 'p')
      .select('p.customerId', 'customerId')
      .addSelect('p.receivedOn', 'day')
      .addSelect('SUM(p.amount)', 'total')
      .where('p.receivedOn >= :first AND p.receivedOn <= :last', { first, last })
      .groupBy('p.customerId')
      .addGroupBy('p.receivedOn')
      .getRawMany<{ customerId: number | string; day: string; total: number | string }>(),
  ]);
  const ownerAt = await ownerAtEndOfDay(
    db,
    timeZone,
    [...statements, ...payments].map((g) => Number(g.customerId)),
  );
  const attribute = (groups: Array<{ customerId: number | string; day: string; total: number | string }>) => {
    const byOwner = new Map<number, Fen>();
    for (const g of groups) {
      const owner = ownerAt(Number(g.customerId), String(g.day).slice(0, 10));
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + sumToFen(g.total));
    }
    return byOwner;
  };
  const sales = attribute(statements);
  const collections = attribute(payments);

  const targetOf = new Map(targets.map((t) => [t.staffId, t]));
  const staffQb = db.getRepository(Staff).createQueryBuilder('s').leftJoinAndSelect('s.roleRows', 'r');
  staffQb.where('(s.active = :active AND s.id IN (SELECT sr.staffId FROM staff_role sr WHERE sr.role = :sales))', {
    active: true,
    sales: Role.SALESPERSON,
  });
  if (targets.length) staffQb.orWhere('s.id IN (:...targeted)', { targeted: targets.map((t) => t.staffId) });
  const staff = await staffQb.orderBy('s.name').addOrderBy('s.id').getMany();

  const rows = staff.map((s) => {
    const t = targetOf.get(s.id);
    return {
      staff: s,
      staffId: s.id,
      month,
      targetSet: !!t,
      sales: figures(t?.salesTarget ?? 0, sales.get(s.id) ?? 0),
      collections: figures(t?.collectionTarget ?? 0, collections.get(s.id) ?? 0),
    };
  });
  const sum = (pick: (r: AchievementRowData) => Fen) => rows.reduce((a, r) => a + pick(r), 0);
  return {
    month,
    rows,
    department: {
      staffId: null,
      salespeople: rows.length,
      sales: figures(
        sum((r) => r.sales.target),
        sum((r) => r.sales.actual),
      ),
      collections: figures(
        sum((r) => r.collections.target),
        sum((r) => r.collections.actual),
      ),
    },
  };
}

/** The targets set for a month, by staff id (for readers other than the report). */
export async function targetsOf(db: DataSource, month: string, staffIds: number[]): Promise<Map<number, SalesTarget>> {
  if (!staffIds.length) return new Map();
  const rows = await db.getRepository(SalesTarget).find({ where: { month, staffId: In(staffIds) } });
  return new Map(rows.map((t) => [t.staffId, t]));
}
