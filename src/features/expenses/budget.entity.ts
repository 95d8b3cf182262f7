import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';

/** `staffId` of the department's own budget. */
export const DEPARTMENT = 0;
/** `month` of a yearly budget. */
export const WHOLE_YEAR = 0;

/**
 * An expense budget (销售预算) for one holder and period: a salesperson's (or any spender's) or the
 * department's, for a year or one month of it. The department and the whole year are stored as 0,
 * not NULL, so that the unique index really makes one budget per holder and period (SQL unique
 * indexes let any number of NULLs through). Setting it again replaces the amount.
 */
@ObjectType({
  description: "An expense budget (销售预算): a staff member's or the department's, for a year or for one month.",
})
@Entity('budget')
@Index('UQ_budget_holder_period', ['staffId', 'year', 'month'], { unique: true })
export class Budget {
  @Field(() => ID, { description: 'Unique id of the budget.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** The holder; DEPARTMENT (0) for the department's own budget. */
  @Column({ type: 'int' })
  staffId: number;

  @Field(() => Int, { description: 'The calendar year (company time zone) the budget is for.' })
  @Column({ type: 'int' })
  year: number;

  /** 1-12, or WHOLE_YEAR (0) for the yearly budget. */
  @Column({ type: 'int' })
  month: number;

  @Field(() => MoneyScalar, { description: 'The amount budgeted, in yuan.' })
  @Column(moneyColumn())
  amount: Fen;

  @Column({ type: 'int' })
  setById: number;

  @Field({ description: 'When the amount was last set.' })
  @UpdateDateColumn(timestampColumn)
  updatedAt: Date;
}
