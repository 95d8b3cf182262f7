import { DataSource, EntityManager } from 'typeorm';
import { checkDate, windows } from '../../date-window';
import { Actor, hasRole } from '../../auth/actor';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { Fen, formatMoney, sumToFen } from '../../graphql/money';
import { LocalDate } from '../../graphql/local-date';
import { localDateIn, monthRange } from '../../time';
import { recordAudit } from '../audit';
import { Staff } from '../staff';
import { ADMINISTRATION_ROLES } from '../attendance';
import { Violation, VIOLATION_FINES, ViolationKind } from './violation.entity';
import { parseIdArg } from '../../graphql/ids';

export interface NewViolation {
  staffId: string;
  kind: ViolationKind;
  occurredOn: LocalDate;
  description: string;
  compensation?: Fen | null;
}

/** One staff member's violations of a period, summed exactly in fen. */
export interface ViolationTotals {
  count: number;
  fines: Fen;
  compensation: Fen;
}

/** Sums each staff member's fines and compensation of [first, last] in the database (one GROUP BY). */
export async function sumViolations(
  db: DataSource | EntityManager,
  first: LocalDate,
  last: LocalDate,
): Promise<Map<number, ViolationTotals>> {
  const rows: Array<{
    staffId: number | string;
    n: number | string;
    fines: number | string | null;
    compensation: number | string | null;
  }> = await db
    .createQueryBuilder(Violation, 'v')
    .select('v.staffId', 'staffId')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(v.fine)', 'fines')
    .addSelect('SUM(v.compensation)', 'compensation')
    .where('v.occurredOn >= :first AND v.occurredOn <= :last', { first, last })
    .groupBy('v.staffId')
    .getRawMany();
  return new Map(
    rows.map((r) => [
      Number(r.staffId),
      { count: Number(r.n), fines: sumToFen(r.fines), compensation: sumToFen(r.compensation) },
    ]),
  );
}

/** Violations (违纪): recorded by leaders, fined by kind, read by the person and the administration. */
export class ViolationService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(actor: Actor, input: NewViolation): Promise<Violation> {
    const staffId = parseIdArg(input.staffId, 'staffId');
    const description = input.description.trim();
    if (!description) throw new BadUserInputError('Describe what happened.', 'description');
    if (description.length > 1000)
      throw new BadUserInputError('The description may be at most 1000 characters.', 'description');
    const today = localDateIn(this.timeZone, new Date());
    checkDate(input.occurredOn, 'occurredOn', windows.past(today));
    const fine = VIOLATION_FINES[input.kind];
    const compensation = input.compensation ?? 0;
    return inTransaction(this.db, async (m) => {
      const staff = await m.findOne(Staff, { where: { id: staffId } });
      if (!staff) throw new NotFoundError('Staff member', input.staffId);
      const inserted = await m.insert(Violation, {
        staffId,
        kind: input.kind,
        fine,
        compensation,
        occurredOn: input.occurredOn,
        description,
        recordedById: actor.id,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'violation.recorded',
        entityType: 'Violation',
        entityId: id,
        summary: `${staff.name}: ${input.kind} on ${input.occurredOn}, fine ${formatMoney(fine)}, compensation ${formatMoney(compensation)}: ${description}`,
      });
      return m.findOneOrFail(Violation, { where: { id } });
    });
  }

  /**
   * Violations, newest first, optionally of one staff member and one month. A staff member
   * without an administration role sees only their own (asking for someone else's is FORBIDDEN).
   */
  async list(actor: Actor, args: { staffId?: string | null; month?: string | null }): Promise<Violation[]> {
    let staffId = args.staffId != null ? parseIdArg(args.staffId, 'staffId') : null;
    if (!hasRole(actor, ...ADMINISTRATION_ROLES)) {
      if (staffId !== null && staffId !== actor.id) throw new ForbiddenError('You may see only your own violations.');
      staffId = actor.id;
    }
    const qb = this.db.getRepository(Violation).createQueryBuilder('v');
    if (staffId !== null) qb.andWhere('v.staffId = :staffId', { staffId });
    if (args.month) {
      const { first, last } = monthRange(args.month);
      qb.andWhere('v.occurredOn >= :first AND v.occurredOn <= :last', { first, last });
    }
    return qb.orderBy('v.occurredOn', 'DESC').addOrderBy('v.id', 'DESC').getMany();
  }
}
