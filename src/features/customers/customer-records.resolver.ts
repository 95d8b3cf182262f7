import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
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
import { Department } from '../../domain/roles';
import { Staff } from '../staff';
import { Customer } from './customer.entity';
import { IntentReport } from './intent-report.entity';
import { LostCustomerAnalysis } from './lost-customer-analysis.entity';
import { SatisfactionScore, SatisfactionSurvey } from './satisfaction-survey.entity';
import { ContactLogEntry } from './contact-log-entry.entity';
import { ContactAccess } from './contact-access.entity';
import { RecordContactInput, SatisfactionSurveyInput } from './customers.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'A page of intent reports, newest first.' })
export class IntentReportConnection extends ConnectionType(IntentReport, 'IntentReport') {}

@ObjectType({ description: 'A page of lost-customer analyses, newest first.' })
export class LostCustomerAnalysisConnection extends ConnectionType(LostCustomerAnalysis, 'LostCustomerAnalysis') {}

@ObjectType({ description: 'A page of satisfaction surveys, newest first.' })
export class SatisfactionSurveyConnection extends ConnectionType(SatisfactionSurvey, 'SatisfactionSurvey') {}

@ObjectType({ description: "A page of a customer's contact log, newest first." })
export class ContactLogEntryConnection extends ConnectionType(ContactLogEntry, 'ContactLogEntry') {}

@ObjectType({ description: 'A page of contact-detail reads by non-owners, newest first.' })
export class ContactAccessConnection extends ConnectionType(ContactAccess, 'ContactAccess') {}

@ObjectType({ description: 'The average satisfaction score one operating department received.' })
export class DepartmentSatisfaction {
  @Field(() => Department, { description: 'The operating department.' })
  department: Department;

  @Field(() => Float, { description: 'Average score (1-5), rounded to two decimals.' })
  averageScore: number;

  @Field(() => Int, { description: 'How many surveys scored this department.' })
  surveyCount: number;
}

@ArgsType()
class ByCustomerPageArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only records about this customer.' })
  customerId?: string | null;
}

@ArgsType()
class ContactAccessArgs extends ByCustomerPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only reads by this staff member.' })
  staffId?: string | null;
}

@Resolver(() => IntentReport)
export class IntentReportResolver {
  @Mutation(() => IntentReport, {
    description:
      'The owner reports that a prospect intends to do business: the customer moves PROSPECT -> INTENT and the report goes to the leaders.',
  })
  reportCustomerIntent(
    @Arg('customerId', () => ID, { description: 'The prospect.' }) customerId: string,
    @Arg('details', { description: 'What the customer intends: goods, volumes, routes, expected terms.' })
    details: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customerRecords.reportIntent(signedIn(ctx), customerId, details);
  }

  @Query(() => IntentReportConnection, {
    description: 'Intent reports, newest first (DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  intentReports(@Args() args: ByCustomerPageArgs, @Ctx() ctx: Context) {
    return ctx.services.customerRecords.intentReports(args);
  }

  @FieldResolver(() => Customer, { description: 'The customer reported.' })
  customer(@Root() r: IntentReport, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(r.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The owner who filed the report.' })
  reportedBy(@Root() r: IntentReport, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(r.reportedById);
  }
}

@Resolver(() => LostCustomerAnalysis)
export class LostCustomerAnalysisResolver {
  @Mutation(() => Customer, {
    description:
      'Marks an ACTIVE customer LOST and records the lost-customer analysis (流失客户分析表): reasons and retention actions (owner or leader).',
  })
  markCustomerLost(
    @Arg('customerId', () => ID, { description: 'The customer that left.' }) customerId: string,
    @Arg('reasons', { description: 'Why it left.' }) reasons: string,
    @Arg('retentionActions', { description: 'What was done to keep it.' }) retentionActions: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customerRecords.markLost(signedIn(ctx), customerId, reasons, retentionActions);
  }

  @Query(() => LostCustomerAnalysisConnection, {
    description: 'Lost-customer analyses, newest first (DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  lostCustomerAnalyses(@Args() args: ByCustomerPageArgs, @Ctx() ctx: Context) {
    return ctx.services.customerRecords.lostCustomerAnalyses(args);
  }

  @FieldResolver(() => Customer, { description: 'The lost customer.' })
  customer(@Root() a: LostCustomerAnalysis, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(a.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who recorded the analysis.' })
  recordedBy(@Root() a: LostCustomerAnalysis, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(a.recordedById);
  }
}

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @Mutation(() => SatisfactionSurvey, {
    description:
      'Records a satisfaction survey (客户满意程度调查表) from a revisit: scores 1-5 per operating department and comments (owner or leader).',
  })
  recordSatisfactionSurvey(
    @Arg('input', { description: 'The survey: customer, day, scores and comments.' }) input: SatisfactionSurveyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customerRecords.recordSurvey(signedIn(ctx), input);
  }

  @Query(() => SatisfactionSurveyConnection, {
    description: 'Satisfaction surveys, newest first (DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  satisfactionSurveys(@Args() args: ByCustomerPageArgs, @Ctx() ctx: Context) {
    return ctx.services.customerRecords.satisfactionSurveys(args);
  }

  @Query(() => [DepartmentSatisfaction], {
    description:
      'Average satisfaction score per operating department over the surveys taken in the period (DIRECTOR, MANAGER, ASSISTANT_MANAGER).',
  })
  satisfactionAverages(
    @Arg('from', () => LocalDateScalar, {
      nullable: true,
      description: `First survey day included; no lower bound when omitted. ${WINDOW_TEXT.any}`,
    })
    from: string | null,
    @Arg('to', () => LocalDateScalar, {
      nullable: true,
      description: `Last survey day included; no upper bound when omitted. ${WINDOW_TEXT.any}`,
    })
    to: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customerRecords.satisfactionAverages(from, to);
  }

  @FieldResolver(() => Customer, { description: 'The customer surveyed.' })
  customer(@Root() s: SatisfactionSurvey, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(s.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who took the survey.' })
  surveyedBy(@Root() s: SatisfactionSurvey, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(s.surveyedById);
  }

  @FieldResolver(() => [SatisfactionScore], { description: 'The score of each operating department.' })
  scores(@Root() s: SatisfactionSurvey, @Ctx() ctx: Context) {
    return ctx.loaders.satisfactionScoresBySurvey.load(s.id);
  }
}

@ArgsType()
class ContactLogArgs extends PageArgs {
  @Field(() => ID, { description: 'The customer whose contacts to list.' })
  customerId: string;
}

@Resolver(() => ContactLogEntry)
export class ContactLogResolver {
  @Mutation(() => ContactLogEntry, {
    description:
      'Records a contact with a customer other than a visit (call, materials sent, ...), by its owner or a leader.',
  })
  recordContact(
    @Arg('input', { description: 'The contact: customer, kind, what was said or sent, when.' })
    input: RecordContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customerRecords.recordContact(signedIn(ctx), input);
  }

  @Query(() => ContactLogEntryConnection, {
    description:
      "A customer's contact log, newest first: for those who may see its contact details (owner, DIRECTOR, MANAGER, ASSISTANT_MANAGER, COLLECTOR, ORDER_CLERK).",
  })
  contactLog(@Args() args: ContactLogArgs, @Ctx() ctx: Context) {
    return ctx.services.customerRecords.contactLog(signedIn(ctx), args.customerId, args);
  }

  @FieldResolver(() => Customer, { description: 'The customer contacted.' })
  customer(@Root() e: ContactLogEntry, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(e.customerId);
  }

  @FieldResolver(() => Staff, { description: 'Who made the contact.' })
  staff(@Root() e: ContactLogEntry, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(e.staffId);
  }
}

@Resolver(() => ContactAccess)
export class ContactAccessResolver {
  @Query(() => ContactAccessConnection, {
    description: 'Who other than the owner read whose contact details, and when, newest first (DIRECTOR, MANAGER).',
  })
  contactAccessLog(@Args() args: ContactAccessArgs, @Ctx() ctx: Context) {
    return ctx.services.customerRecords.contactAccessLog(args);
  }

  @FieldResolver(() => Staff, { description: 'Who read the contact details.' })
  staff(@Root() a: ContactAccess, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(a.staffId);
  }

  @FieldResolver(() => Customer, { description: 'Whose contact details were read.' })
  customer(@Root() a: ContactAccess, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(a.customerId);
  }

  @FieldResolver(() => Staff, { description: "The customer's owner at the time of the read." })
  owner(@Root() a: ContactAccess, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(a.ownerId);
  }
}
