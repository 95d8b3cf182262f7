import { inTransaction } from '../../db/transaction';
import { SeedContext, DemoStaffKey } from '../../seed/seed-context';
import { monthRange, previousMonth } from '../../time';
import { Violation, VIOLATION_FINES, ViolationKind } from './violation.entity';

/** A few violations of every kind over last month and this month, for the payroll summary. */
export async function seedDemoViolations(ctx: SeedContext): Promise<void> {
  const last = monthRange(previousMonth(ctx.today)).first.slice(0, 8);
  const thisMonthFirst = monthRange(ctx.today.slice(0, 7)).first;
  const list: Array<{
    who: DemoStaffKey;
    by: DemoStaffKey;
    kind: ViolationKind;
    on: string;
    fen: number;
    what: string;
  }> = [
    {
      who: 'sales1',
      by: 'manager',
      kind: ViolationKind.OPERATING_RULE,
      on: `${last}05`,
      fen: 0,
      what: 'Visit log filed two days late.',
    },
    {
      who: 'sales2',
      by: 'manager',
      kind: ViolationKind.UNAPPROVED_DEDUCTION,
      on: `${last}12`,
      fen: 15050,
      what: 'Agreed to a 150.50 deduction for 南京金陵食品 without approval.',
    },
    {
      who: 'sales2',
      by: 'director',
      kind: ViolationKind.UNAPPROVED_MONTHLY_SETTLEMENT,
      on: `${last}20`,
      fen: 0,
      what: 'Promised 无锡新材料 monthly settlement without approval; collecting the receivables personally.',
    },
    {
      who: 'collector',
      by: 'manager',
      kind: ViolationKind.OPERATING_RULE,
      on: `${last}25`,
      fen: 2000,
      what: "Statement delivered without the customer's confirmation signature; share of the loss 20.00.",
    },
    {
      who: 'sales1',
      by: 'manager',
      kind: ViolationKind.UNAPPROVED_RATE_OR_FREE_SHIPMENT,
      on: thisMonthFirst,
      fen: 32000,
      what: 'Promised 杭州顺达贸易 a lower freight rate without approval; price difference 320.00.',
    },
    {
      who: 'sales2',
      by: 'director',
      kind: ViolationKind.TAKING_CUSTOMER_DATA,
      on: thisMonthFirst,
      fen: 0,
      what: "Copied the contact list of 张伟's customers.",
    },
  ];
  await inTransaction(ctx.db, async (m) => {
    for (const v of list) {
      await m.insert(Violation, {
        staffId: ctx.staff[v.who].id,
        kind: v.kind,
        fine: VIOLATION_FINES[v.kind],
        compensation: v.fen,
        occurredOn: v.on,
        description: v.what,
        recordedById: ctx.staff[v.by].id,
      });
    }
  });
}
