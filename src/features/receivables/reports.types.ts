import { Field, ObjectType } from 'type-graphql';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

@ObjectType({
  description: 'Opening, added, received and closing amounts: opening + added - received = closing, exactly.',
})
export class ReceivablesFigures {
  @Field(() => MoneyScalar, { description: 'Outstanding at the start of the month (negative = credit).' })
  opening: Fen;

  @Field(() => MoneyScalar, { description: 'New receivables: statements confirmed in the month.' })
  added: Fen;

  @Field(() => MoneyScalar, { description: 'Payments received in the month.' })
  received: Fen;

  @Field(() => MoneyScalar, { description: 'Outstanding at the end of the month.' })
  closing: Fen;
}

@ObjectType({ description: "One customer's line of the monthly receivables report." })
export class MonthlyReceivablesRow extends ReceivablesFigures {
  customerId: number;
  ownerId: number;
}

@ObjectType({ description: "One owning salesperson's subtotal of the monthly receivables report." })
export class MonthlyReceivablesOwnerRow extends ReceivablesFigures {
  ownerId: number;
}

@ObjectType({
  description:
    'The first-of-month receivables report (月度应收款报表) to the department leader: per customer and per owning salesperson, with totals that reconcile exactly.',
})
export class MonthlyReceivablesReport {
  @Field({ description: 'The month, "2026-10".' })
  month: string;

  @Field(() => LocalDateScalar, { description: 'First day of the month.' })
  firstDay: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the month.' })
  lastDay: string;

  // rows, byOwner and totals are field resolvers (MonthlyReceivablesReportResolver): each costs a
  // query over every customer, so a client asking only for subtotals does not pay for the rows.

  /** The per-owner subtotals once fetched, shared by `byOwner` and `totals`. */
  byOwnerOnce?: Promise<MonthlyReceivablesOwnerRow[]>;
}

@ObjectType({ description: 'Outstanding amounts by days past due.' })
export class AgingFigures {
  @Field(() => MoneyScalar, { description: 'Not yet due.' })
  notDue: Fen;

  @Field(() => MoneyScalar, { description: '1 to 30 days past due.' })
  d1to30: Fen;

  @Field(() => MoneyScalar, { description: '31 to 60 days past due.' })
  d31to60: Fen;

  @Field(() => MoneyScalar, { description: '61 to 90 days past due.' })
  d61to90: Fen;

  @Field(() => MoneyScalar, { description: 'More than 90 days past due.' })
  over90: Fen;

  @Field(() => MoneyScalar, { description: 'Sum of the buckets.' })
  total: Fen;
}

@ObjectType({ description: "One customer's line of the aging report." })
export class AgingRow extends AgingFigures {
  customerId: number;
}

@ObjectType({
  description: 'The aging report (账龄分析): outstanding receivables per customer by days past due on a date.',
})
export class AgingReport {
  @Field(() => LocalDateScalar, { description: 'The day the ages are counted on.' })
  asOf: string;

  // rows and totals are field resolvers (AgingReportResolver): each is a query over every
  // receivable, so a client asking only for totals does not pay for thousands of rows.
}
