import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { StatementLine } from './statement-line.entity';
import { Statement, StatementStatus } from './statement.entity';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of statements, newest first.' })
export class StatementConnection extends ConnectionType(Statement, 'Statement') {}

@ArgsType()
class StatementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's statements." })
  customerId?: string | null;

  @Field(() => StatementStatus, { nullable: true, description: 'Only statements in this status.' })
  status?: StatementStatus | null;
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: "Statements, newest first (a salesperson sees own customers' only).",
  })
  statements(@Args() args: StatementsArgs, @Ctx() ctx: Context) {
    return ctx.services.statements.list(signedIn(ctx), args);
  }

  @Query(() => Statement, {
    description: 'One statement (NOT_FOUND when it does not exist or the caller may not read it).',
  })
  statement(@Arg('id', () => ID, { description: 'The statement (对账单) to read.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.statements.get(signedIn(ctx), id);
  }

  @Mutation(() => Statement, {
    description:
      "Issues a customer's statement for a period (COLLECTOR). Every consignment is billed exactly once: the statement takes every consignment shipped up to the period's end that is on no live statement (one shipped before the period began, e.g. recorded after its own period's statement was confirmed or released by a void, is a line marked late), storage fees for the occupied days of the period, and approved deductions not yet billed. A period overlapping another live (ISSUED or CONFIRMED) statement of the customer is CONFLICT, so no day is billed twice; two statements issued at the same moment for one customer take turns.",
  })
  issueStatement(
    @Arg('customerId', () => ID, { description: 'The customer the statement (托运清单列表) is for.' })
    customerId: string,
    @Arg('periodStart', () => LocalDateScalar, {
      description: `First day of the statement period. ${WINDOW_TEXT.past}`,
    })
    periodStart: string,
    @Arg('periodEnd', () => LocalDateScalar, {
      description: `Last day of the statement period (inclusive), not before periodStart. ${WINDOW_TEXT.past}`,
    })
    periodEnd: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.statements.issue(signedIn(ctx), customerId, periodStart, periodEnd);
  }

  @Mutation(() => Statement, {
    description:
      'Records who at the customer confirmed the total (COLLECTOR): the statement becomes a receivable due paymentTermDays later.',
  })
  confirmStatement(
    @Arg('id', () => ID, { description: 'The issued statement (对账单) the customer confirmed.' }) id: string,
    @Arg('confirmedBy', { description: 'Name of the person at the customer who confirmed.' }) confirmedBy: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.statements.confirm(signedIn(ctx), id, confirmedBy);
  }

  @Mutation(() => Statement, {
    description:
      'Voids an issued, unconfirmed statement with a reason (COLLECTOR); its consignments, deductions and storage days are released for the next statement (consignments are priced again at the rate in force on their shipped day).',
  })
  voidStatement(
    @Arg('id', () => ID, { description: 'The issued, unconfirmed statement (对账单) to void.' }) id: string,
    @Arg('reason', { description: 'Why the statement is voided, kept in the audit trail.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.statements.voidStatement(signedIn(ctx), id, reason);
  }

  @FieldResolver(() => Customer, { description: 'The billed customer.' })
  customer(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(s.customerId);
  }

  @FieldResolver(() => [StatementLine], {
    nullable: true,
    description:
      "The lines, in billing order. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  lines(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.statementLines.load(s.id);
  }
}
