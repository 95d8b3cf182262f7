import { DataSource, In } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { checkOptionalDate, companyToday, windows } from '../../date-window';
import { inTransaction } from '../../db/transaction';
import { Role } from '../../domain/roles';
import { BadUserInputError, ForbiddenError, must } from '../../errors';
import { Page, PageArgs, paginate } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { LocalDate } from '../../graphql/local-date';
import { Fen } from '../../graphql/money';
import { optionalText, requiredText } from '../../graphql/text';
import { addDays, startOfLocalDay } from '../../time';
import { recordAudit } from '../audit';
import { Customer, CustomerStatus, LostCustomerAnalysis, loadCustomer } from '../customers';
import { MarketIntelligence } from './market-intelligence.entity';
import { IntelligenceFilter, MarketIntelligenceInput } from './market-intelligence.inputs';
import { MANAGEMENT } from '../../domain/role-sets';

/**
 * Who reads every record and the summary: the leaders and the ASSISTANT_MANAGER (who sees everything in the
 * department).
 */
export const INTELLIGENCE_READERS: Role[] = MANAGEMENT;

/** A name as shown: NFKC, spaces collapsed. */
function display(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A name as grouped: the displayed form, lower-cased and without spaces ("Deppon  Logistics" = "deppon logistics"). */
export function foldName(text: string): string {
  return display(text).toLowerCase().replace(/\s+/g, '');
}

export interface RateFigures {
  averageRate: Fen | null;
  lowestRate: Fen | null;
  highestRate: Fen | null;
}

export interface CompetitorSummaryData extends RateFigures {
  competitor: string;
  reports: number;
  customers: number;
  lostCustomers: number;
  routes: string[];
  lastRecordedOn: LocalDate;
}

export interface RouteSummaryData extends RateFigures {
  route: string;
  reports: number;
  competitors: number;
  lastRecordedOn: LocalDate;
}

export interface IntelligenceSummaryData {
  from: LocalDate | null;
  to: LocalDate | null;
  reports: number;
  byCompetitor: CompetitorSummaryData[];
  byRoute: RouteSummaryData[];
  lostCustomerAnalyses: LostCustomerAnalysis[];
}

/** Average (half up to the fen), lowest and highest of the rates given; nulls when none. */
function rateFigures(rates: Fen[]): RateFigures {
  if (!rates.length) return { averageRate: null, lowestRate: null, highestRate: null };
  const sum = rates.reduce((a, b) => a + b, 0);
  return {
    averageRate: Math.floor((2 * sum + rates.length) / (2 * rates.length)),
    lowestRate: Math.min(...rates),
    highestRate: Math.max(...rates),
  };
}

/**
 * Market intelligence (市场信息): salespeople record it; leaders read it by competitor and by route, beside the
 * lost-customer analyses.
 */
export class MarketIntelligenceService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(actor: Actor, input: MarketIntelligenceInput): Promise<MarketIntelligence> {
    const details = requiredText(input.details, 'details', 2000);
    const competitorText = optionalText(input.competitor, 'competitor', 200);
    const routeText = optionalText(input.route, 'route', 200);
    const competitor = competitorText && display(competitorText);
    const route = routeText && display(routeText);
    const rate = input.rate ?? null;
    if (rate !== null && rate < 0) throw new BadUserInputError('A rate may not be negative.', 'rate');
    if (rate !== null && !competitor)
      throw new BadUserInputError("A rate is a competitor's: name the competitor.", 'rate');
    return inTransaction(this.db, async (m) => {
      const customer = input.customerId ? await loadCustomer(m, input.customerId, { field: 'customerId' }) : null;
      const inserted = await m.insert(MarketIntelligence, {
        customerId: customer?.id ?? null,
        competitor: competitor || null,
        competitorKey: competitor ? foldName(competitor) : null,
        route: route || null,
        routeKey: route ? foldName(route) : null,
        rate,
        details,
        recordedById: actor.id,
        recordedOn: companyToday(this.timeZone),
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(m, actor.id, {
        action: 'market_intelligence.recorded',
        entityType: 'MarketIntelligence',
        entityId: id,
        summary:
          [competitor && `competitor ${competitor}`, route && `route ${route}`, customer && `customer ${customer.name}`]
            .filter(Boolean)
            .join(', ') || 'market intelligence',
      });
      return m.findOneOrFail(MarketIntelligence, { where: { id } });
    });
  }

  private filtered(actor: Actor, f: IntelligenceFilter) {
    const qb = this.db.getRepository(MarketIntelligence).createQueryBuilder('mi');
    const window = windows.any(companyToday(this.timeZone));
    checkOptionalDate(f.from, 'from', window);
    checkOptionalDate(f.to, 'to', window);
    if (!hasRole(actor, ...INTELLIGENCE_READERS)) {
      if (f.recordedById && parseIdArg(f.recordedById, 'recordedById') !== actor.id)
        throw new ForbiddenError('A salesperson lists only the market intelligence they recorded.');
      qb.andWhere('mi.recordedById = :me', { me: actor.id });
    } else if (f.recordedById) {
      qb.andWhere('mi.recordedById = :by', { by: parseIdArg(f.recordedById, 'recordedById') });
    }
    if (f.customerId)
      qb.andWhere('mi.customerId = :customerId', { customerId: parseIdArg(f.customerId, 'customerId') });
    const competitor = optionalText(f.competitor, 'competitor', 200);
    if (competitor) qb.andWhere('mi.competitorKey = :ck', { ck: foldName(competitor) });
    const route = optionalText(f.route, 'route', 200);
    if (route) qb.andWhere('mi.routeKey = :rk', { rk: foldName(route) });
    if (f.from) qb.andWhere('mi.recordedOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('mi.recordedOn <= :to', { to: f.to });
    return qb;
  }

  list(actor: Actor, args: PageArgs & { filter?: IntelligenceFilter | null }): Promise<Page<MarketIntelligence>> {
    return paginate(this.filtered(actor, args.filter ?? {}), args);
  }

  /**
   * The leaders' summary of the period's records: by competitor and by route (each name grouped
   * case-, width- and space-insensitively, shown as most recently spelt), and the lost-customer
   * analyses recorded in the same period beside them.
   */
  async summary(actor: Actor, from: LocalDate | null, to: LocalDate | null): Promise<IntelligenceSummaryData> {
    if (from && to && from > to) throw new BadUserInputError('from must not be after to.', 'from');
    const records = await this.filtered(actor, { from, to }).orderBy('mi.id', 'ASC').getMany();
    const customerIds = [...new Set(records.map((r) => r.customerId).filter((id): id is number => id !== null))];
    const lostIds = new Set(
      customerIds.length
        ? (
            await this.db
              .getRepository(Customer)
              .find({ select: { id: true }, where: { id: In(customerIds), status: CustomerStatus.LOST } })
          ).map((c) => c.id)
        : [],
    );

    const byCompetitor = new Map<string, MarketIntelligence[]>();
    const byRoute = new Map<string, MarketIntelligence[]>();
    for (const r of records) {
      if (r.competitorKey) byCompetitor.set(r.competitorKey, [...(byCompetitor.get(r.competitorKey) ?? []), r]);
      if (r.routeKey) byRoute.set(r.routeKey, [...(byRoute.get(r.routeKey) ?? []), r]);
    }
    const rates = (rows: MarketIntelligence[]) => rows.map((r) => r.rate).filter((x): x is Fen => x !== null);
    const latest = (rows: MarketIntelligence[]) => rows[rows.length - 1];
    const competitors = [...byCompetitor.values()].map((rows) => {
      const customers = new Set(rows.map((r) => r.customerId).filter((id): id is number => id !== null));
      const routes = new Map<string, string>();
      for (const r of rows) if (r.routeKey) routes.set(r.routeKey, must(r.route, `route of record ${r.id}`));
      return {
        competitor: must(latest(rows).competitor, `competitor of record ${latest(rows).id}`),
        reports: rows.length,
        customers: customers.size,
        lostCustomers: [...customers].filter((id) => lostIds.has(id)).length,
        routes: [...routes.values()].sort(),
        lastRecordedOn: latest(rows).recordedOn,
        ...rateFigures(rates(rows)),
      };
    });
    const routes = [...byRoute.values()].map((rows) => ({
      route: must(latest(rows).route, `route of record ${latest(rows).id}`),
      reports: rows.length,
      competitors: new Set(rows.map((r) => r.competitorKey).filter(Boolean)).size,
      lastRecordedOn: latest(rows).recordedOn,
      ...rateFigures(rates(rows)),
    }));
    const byReports =
      <T extends { reports: number }>(name: (x: T) => string) =>
      (a: T, b: T) =>
        b.reports - a.reports || name(a).localeCompare(name(b));

    const lostQb = this.db.getRepository(LostCustomerAnalysis).createQueryBuilder('a');
    if (from) lostQb.andWhere('a.recordedAt >= :start', { start: startOfLocalDay(this.timeZone, from) });
    if (to) lostQb.andWhere('a.recordedAt < :end', { end: startOfLocalDay(this.timeZone, addDays(to, 1)) });
    const lostCustomerAnalyses = await lostQb.orderBy('a.id', 'DESC').getMany();

    return {
      from,
      to,
      reports: records.length,
      byCompetitor: competitors.sort(byReports((x) => x.competitor)),
      byRoute: routes.sort(byReports((x) => x.route)),
      lostCustomerAnalyses,
    };
  }
}
