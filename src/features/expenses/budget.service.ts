import { DataSource } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { Fen, formatMoney } from '../../graphql/money';
import { Role } from '../../domain/roles';
import { companyToday } from '../../date-window';
import { recordAudit } from '../audit';
import { Staff } from '../staff';
import { Budget, DEPARTMENT } from './budget.entity';
import { budgetPeriod, describePeriod } from './budget-period';
import { LEADERS } from '../../domain/role-sets';

/** The largest budget one may set: 100 000 000.00 yuan (anything above is a typo). */
export const MAX_BUDGET: Fen = 10_000_000_000;

/**
 * Setting budgets. The DIRECTOR sets any budget; a MANAGER sets the budgets of the people they
 * lead (anyone who is neither a MANAGER nor a DIRECTOR), never their own, a fellow leader's or
 * the department's: a MANAGER approves claims within budgets, so may not widen their own room.
 */
export class BudgetService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async set(actor: Actor, staffId: string | null, year: number, month: number | null, amount: Fen): Promise<Budget> {
    const period = budgetPeriod(year, month, companyToday(this.timeZone));
    if (amount < 0 || amount > MAX_BUDGET)
      throw new BadUserInputError(`A budget must be from 0.00 to ${formatMoney(MAX_BUDGET)}.`, 'amount');
    const isDirector = hasRole(actor, Role.DIRECTOR);
    return inTransaction(this.db, async (m) => {
      let holder: Staff | null = null;
      if (staffId === null) {
        if (!isDirector) throw new ForbiddenError("Only the DIRECTOR sets the department's budget.");
      } else {
        holder = await m.getRepository(Staff).findOneBy({ id: parseIdArg(staffId, 'staffId') });
        if (!holder || !holder.active) throw new NotFoundError('Staff member', staffId);
        if (!isDirector && (holder.id === actor.id || holder.hasRole(...LEADERS))) {
          throw new ForbiddenError(
            "A MANAGER sets the budgets of the people they lead, not their own or another leader's: ask the DIRECTOR.",
          );
        }
      }
      const key = { staffId: holder?.id ?? DEPARTMENT, year: period.year, month: period.month };
      const before = await m.getRepository(Budget).findOneBy(key);
      await m.upsert(Budget, { ...key, amount, setById: actor.id }, ['staffId', 'year', 'month']);
      const saved = await m.getRepository(Budget).findOneByOrFail(key);
      await recordAudit(m, actor.id, {
        action: 'budget.set',
        entityType: 'Budget',
        entityId: saved.id,
        summary: `Budget of ${holder ? holder.name : 'the department'} for ${describePeriod(period)}: ${before ? formatMoney(before.amount) : 'none'} -> ${formatMoney(amount)}`,
      });
      return saved;
    });
  }
}
