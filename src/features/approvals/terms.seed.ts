import { approvalHooksFor } from '../../services';
import { Actor } from '../../auth/actor';
import { SeedContext } from '../../seed/seed-context';
import { DEMO_CUSTOMERS } from '../../seed/demo-customers';
import { Customer } from '../customers/customer.entity';
import { Staff } from '../staff/staff.entity';
import { ApprovalDecisionService } from './approval-decision.service';
import { ApprovalRequest } from './approval-request.entity';
import { ApprovalRequestService } from './approval-request.service';
import { CustomerTerms } from './customer-terms.entity';

const actor = (s: Staff): Actor => ({ id: s.id, name: s.name, roles: s.roles, department: s.department });

/** First day of the month four months before `today`: before any demo statement period. */
function termsEffectiveFrom(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 - 4, 1)).toISOString().slice(0, 10);
}

/**
 * The demo customers' payment terms and storage rates, reached the only way terms change: the
 * owner files a TERMS_CHANGE request and the manager approves it. The approvals are then dated
 * back to before the demo months, as if agreed when the customers were won.
 */
export async function seedDemoTerms(ctx: SeedContext): Promise<void> {
  const requests = new ApprovalRequestService(ctx.db, ctx.config.timeZone);
  const decisions = new ApprovalDecisionService(ctx.db, ctx.config, approvalHooksFor(ctx.config));
  const effectiveFrom = termsEffectiveFrom(ctx.today);
  const decidedAt = new Date(`${effectiveFrom}T02:00:00Z`);
  for (const c of DEMO_CUSTOMERS) {
    const customer = await ctx.db.getRepository(Customer).findOneByOrFail({ name: c.name });
    const termDays = c.termDays === customer.paymentTermDays ? null : c.termDays;
    if (termDays === null && c.storageRateFen === null) continue;
    const request = await requests.termsChange(
      actor(ctx.staff[c.owner]),
      String(customer.id),
      termDays,
      c.storageRateFen,
      '签约时约定的付款期限与仓储费率',
    );
    await decisions.approve(actor(ctx.staff.manager), String(request.id), '同意');
    await ctx.db.getRepository(ApprovalRequest).update({ id: request.id }, { createdAt: decidedAt, decidedAt });
    await ctx.db.getRepository(CustomerTerms).update({ requestId: request.id }, { effectiveFrom });
  }
}
