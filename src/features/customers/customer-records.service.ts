import { DataSource } from 'typeorm';
import { checkDate, checkInstant, checkOptionalDate, companyToday, windows } from '../../date-window';
import { Actor } from '../../auth/actor';
import { BadUserInputError, ForbiddenError } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { paginate, Page } from '../../graphql/connection';
import { LocalDate } from '../../graphql/local-date';
import { localDateIn } from '../../time';
import { recordAudit } from '../audit';
import { Department } from '../../domain/roles';
import { Customer } from './customer.entity';
import { CustomerStatus } from './customer-enums';
import { assertCanActFor, assertCanSeeContacts } from './customer-access';
import { transitionCustomer } from './customer-lifecycle';
import { IntentReport } from './intent-report.entity';
import { LostCustomerAnalysis } from './lost-customer-analysis.entity';
import { SatisfactionScore, SatisfactionSurvey } from './satisfaction-survey.entity';
import { ContactLogEntry } from './contact-log-entry.entity';
import { ContactAccess } from './contact-access.entity';
import { RecordContactInput, SatisfactionSurveyInput } from './customers.inputs';
import { requiredText } from '../../graphql/text';
import { parseIdArg } from '../../graphql/ids';
import { loadCustomer } from './customer-ref';

type PageArgs = { first?: number | null; after?: string | null };

export interface DepartmentSatisfactionRow {
  department: Department;
  averageScore: number;
  surveyCount: number;
}

/**
 * What salespeople record about their customers: intent reports, lost-customer analyses,
 * satisfaction surveys and the contact log; and the record of who read whose contact details.
 */
export class CustomerRecordsService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  private async customer(id: string): Promise<Customer> {
    return loadCustomer(this.db.manager, id, { field: 'customerId' });
  }

  /** reportCustomerIntent: the owner moves a PROSPECT to INTENT and files the intent report, in one transaction. */
  async reportIntent(actor: Actor, customerId: string, details: string): Promise<IntentReport> {
    const text = requiredText(details, 'details', 4000);
    const id = parseIdArg(customerId, 'customerId');
    return inTransaction(this.db, async (m) => {
      const customer = await transitionCustomer(m, id, CustomerStatus.INTENT, actor.id, 'intent reported', (c) => {
        if (c.ownerId !== actor.id) throw new ForbiddenError("Only the customer's owner reports its intent.");
      });
      const result = await m.insert(IntentReport, { customerId: customer.id, reportedById: actor.id, details: text });
      const reportId = Number(result.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'customer.intent_reported',
        entityType: 'IntentReport',
        entityId: reportId,
        summary: `Intent report for ${customer.name}`,
      });
      return m.findOneOrFail(IntentReport, { where: { id: reportId } });
    });
  }

  intentReports(args: PageArgs & { customerId?: string | null }): Promise<Page<IntentReport>> {
    const qb = this.db.getRepository(IntentReport).createQueryBuilder('r');
    if (args.customerId != null)
      qb.andWhere('r.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    return paginate(qb, args);
  }

  /** markCustomerLost: the owner or a leader moves an ACTIVE customer to LOST with the lost-customer analysis. */
  async markLost(actor: Actor, customerId: string, reasons: string, retentionActions: string): Promise<Customer> {
    const why = requiredText(reasons, 'reasons', 4000);
    const actions = requiredText(retentionActions, 'retentionActions', 4000);
    const id = parseIdArg(customerId, 'customerId');
    return inTransaction(this.db, async (m) => {
      const updated = await transitionCustomer(m, id, CustomerStatus.LOST, actor.id, 'marked lost', (c) =>
        assertCanActFor(actor, c),
      );
      const result = await m.insert(LostCustomerAnalysis, {
        customerId: id,
        recordedById: actor.id,
        reasons: why,
        retentionActions: actions,
      });
      await recordAudit(m, actor.id, {
        action: 'customer.lost_analysis_recorded',
        entityType: 'LostCustomerAnalysis',
        entityId: Number(result.identifiers[0].id),
        summary: `Lost-customer analysis for ${updated.name}`,
      });
      return updated;
    });
  }

  lostCustomerAnalyses(args: PageArgs & { customerId?: string | null }): Promise<Page<LostCustomerAnalysis>> {
    const qb = this.db.getRepository(LostCustomerAnalysis).createQueryBuilder('a');
    if (args.customerId != null)
      qb.andWhere('a.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    return paginate(qb, args);
  }

  /** recordSatisfactionSurvey: the owner or a leader records a revisit's scores (1-5 per department) and comments. */
  async recordSurvey(actor: Actor, input: SatisfactionSurveyInput): Promise<SatisfactionSurvey> {
    const seen = new Set<Department>();
    for (const s of input.scores) {
      if (!Number.isInteger(s.score) || s.score < 1 || s.score > 5)
        throw new BadUserInputError('Each score is a whole number from 1 to 5.', 'scores');
      if (seen.has(s.department)) throw new BadUserInputError(`${s.department} is scored twice.`, 'scores');
      seen.add(s.department);
    }
    if (!input.scores.length) throw new BadUserInputError('At least one department score is required.', 'scores');
    const today = localDateIn(this.timeZone, new Date());
    const surveyedOn: LocalDate = input.surveyedOn ?? today;
    checkDate(surveyedOn, 'surveyedOn', windows.past(today));
    const comments = input.comments.trim();
    const customer = await this.customer(input.customerId);
    assertCanActFor(actor, customer);
    return inTransaction(this.db, async (m) => {
      const result = await m.insert(SatisfactionSurvey, {
        customerId: customer.id,
        surveyedById: actor.id,
        surveyedOn,
        comments,
      });
      const id = Number(result.identifiers[0].id);
      await m.insert(
        SatisfactionScore,
        input.scores.map((s) => ({ surveyId: id, department: s.department, score: s.score })),
      );
      return m.findOneOrFail(SatisfactionSurvey, { where: { id } });
    });
  }

  satisfactionSurveys(args: PageArgs & { customerId?: string | null }): Promise<Page<SatisfactionSurvey>> {
    const qb = this.db.getRepository(SatisfactionSurvey).createQueryBuilder('s');
    if (args.customerId != null)
      qb.andWhere('s.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    return paginate(qb, args);
  }

  /** Average score per department over the surveys taken in [from, to] (both optional). */
  async satisfactionAverages(from?: LocalDate | null, to?: LocalDate | null): Promise<DepartmentSatisfactionRow[]> {
    const window = windows.any(companyToday(this.timeZone));
    checkOptionalDate(from, 'from', window);
    checkOptionalDate(to, 'to', window);
    const qb = this.db
      .getRepository(SatisfactionScore)
      .createQueryBuilder('sc')
      .innerJoin(SatisfactionSurvey, 's', 's.id = sc.surveyId')
      .select('sc.department', 'department')
      .addSelect('SUM(sc.score)', 'total')
      .addSelect('COUNT(*)', 'n')
      .groupBy('sc.department')
      .orderBy('sc.department');
    if (from) qb.andWhere('s.surveyedOn >= :from', { from });
    if (to) qb.andWhere('s.surveyedOn <= :to', { to });
    const rows = await qb.getRawMany<{ department: Department; total: string | number; n: string | number }>();
    return rows.map((r) => ({
      department: r.department,
      surveyCount: Number(r.n),
      averageScore: Math.round((Number(r.total) / Number(r.n)) * 100) / 100,
    }));
  }

  /** recordContact: a contact other than a visit, by the owner (or a leader) of the customer. */
  async recordContact(actor: Actor, input: RecordContactInput): Promise<ContactLogEntry> {
    const summary = requiredText(input.summary, 'summary', 4000);
    const now = new Date();
    const contactedAt = input.contactedAt ?? now;
    // A minute of slack for the device's clock; nothing before the company could exist.
    checkInstant(contactedAt, 'contactedAt', new Date('2000-01-01T00:00:00Z'), new Date(now.getTime() + 60_000));
    const customer = await this.customer(input.customerId);
    assertCanActFor(actor, customer);
    const result = await this.db
      .getRepository(ContactLogEntry)
      .insert({ customerId: customer.id, staffId: actor.id, kind: input.kind, summary, contactedAt });
    return this.db.getRepository(ContactLogEntry).findOneOrFail({ where: { id: Number(result.identifiers[0].id) } });
  }

  /**
   * A customer's contact log, newest first: for those who may see its contact details; a non-owner's read is recorded.
   */
  async contactLog(actor: Actor, customerId: string, args: PageArgs): Promise<Page<ContactLogEntry>> {
    const customer = await this.customer(customerId);
    assertCanSeeContacts(actor, customer);
    if (actor.id !== customer.ownerId) {
      // The log is part of the customer's contact details: a non-owner's read is recorded (one row per call).
      await this.db
        .getRepository(ContactAccess)
        .insert({ staffId: actor.id, customerId: customer.id, ownerId: customer.ownerId });
    }
    const qb = this.db
      .getRepository(ContactLogEntry)
      .createQueryBuilder('e')
      .where('e.customerId = :id', { id: customer.id });
    return paginate(qb, args);
  }

  /** Who (other than the owner) read whose contact details, newest first. */
  contactAccessLog(
    args: PageArgs & { customerId?: string | null; staffId?: string | null },
  ): Promise<Page<ContactAccess>> {
    const qb = this.db.getRepository(ContactAccess).createQueryBuilder('a');
    if (args.customerId != null)
      qb.andWhere('a.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    if (args.staffId != null) qb.andWhere('a.staffId = :staffId', { staffId: parseIdArg(args.staffId, 'staffId') });
    return paginate(qb, args);
  }
}
