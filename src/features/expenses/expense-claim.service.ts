import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { checkDate, companyToday, windows } from '../../date-window';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError } from '../../errors';
import { Fen, formatMoney } from '../../graphql/money';
import { requiredText } from '../../graphql/text';
import { recordAudit } from '../audit';
import { ApprovalKind, ApprovalRequest, ApprovalStatus, notifyDeciders } from '../approvals';
import { assertCanActFor, loadCustomer } from '../customers';
import { ExpenseClaim } from './expense-claim.entity';
import { ExpenseClaimInput } from './expense.inputs';
import { expenseDirectorOnlyReason } from './expense-policy';
import { insertAndLoad } from '../../db/insert';

/** The largest single claim one may file: 100 000.00 yuan (anything above is a typo or not an expense). */
export const MAX_CLAIM: Fen = 10_000_000;

/**
 * Filing expense claims: an EXPENSE approval request plus its details, filed by the spender
 * (a claim is always the caller's own). Deciding it is the approvals feature's, with the budget
 * check this feature hands it (expense-policy.ts).
 */
export class ExpenseClaimService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
    /** Above it only a DIRECTOR may approve a claim (EXPENSE_CLAIM_MANAGER_LIMIT). */
    private readonly perClaimLimit: Fen,
  ) {}

  async file(actor: Actor, input: ExpenseClaimInput): Promise<ApprovalRequest> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > MAX_CLAIM) {
      throw new BadUserInputError(
        `An expense claim must be more than 0.00 and at most ${formatMoney(MAX_CLAIM)}.`,
        'amount',
      );
    }
    const spentOn = checkDate(input.spentOn, 'spentOn', windows.past(companyToday(this.timeZone)));
    const receiptRef = requiredText(input.receiptRef, 'receiptRef', 100);
    const description = requiredText(input.description, 'description', 2000);
    return inTransaction(this.db, async (m) => {
      let customer = null;
      if (input.customerId !== null && input.customerId !== undefined) {
        customer = await loadCustomer(m, input.customerId, { field: 'customerId' });
        // A salesperson spends on their own customers; a claim for a colleague's customer is refused.
        assertCanActFor(actor, customer);
      }
      const request = await insertAndLoad(m, ApprovalRequest, {
        kind: ApprovalKind.EXPENSE,
        status: ApprovalStatus.PENDING,
        requesterId: actor.id,
        customerId: customer?.id ?? null,
        reason: description,
      });
      const claim = m.create(ExpenseClaim, {
        requestId: request.id,
        spenderId: actor.id,
        amount: input.amount,
        category: input.category,
        spentOn,
        customerId: customer?.id ?? null,
        receiptRef,
        description,
      });
      await m.insert(ExpenseClaim, claim);
      await recordAudit(m, actor.id, {
        action: 'approval.requested',
        entityType: 'ApprovalRequest',
        entityId: request.id,
        summary: `EXPENSE of ${formatMoney(input.amount)} (${input.category}) on ${spentOn}${customer ? ` for ${customer.name}` : ''}, receipt ${receiptRef}: ${description}`,
      });
      // The leaders who may decide it learn of it now, judged as a decision now would judge it.
      await notifyDeciders(
        m,
        actor,
        request,
        customer,
        (await expenseDirectorOnlyReason(m, claim, this.perClaimLimit)) === null,
      );
      return request;
    });
  }
}
