import express from 'express';
import { GraphQLError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AppServer } from '../app-server';
import { toCsv } from './csv';
import {
  AgingReportDocument,
  AttendanceSummaryDocument,
  BudgetReportDocument,
  MarketIntelligenceSummaryDocument,
  MonthlyReceivablesReportDocument,
  MonthlyRevenueReportDocument,
  PayrollSummaryDocument,
  PerformanceRankingDocument,
  TargetAchievementDocument,
  WorkloadReportDocument,
} from '../../client/generated/graphql';
import persistedDocuments from '../../client/generated/persisted-documents.json';

/**
 * Reports as CSV downloads: GET /reports/<name>.csv?month=YYYY-MM (aging: ?asOf=YYYY-MM-DD, optional;
 * competitors: the month's first to last day; budget: ?month=YYYY-MM for a month or ?year=YYYY for the
 * whole year).
 *
 * Each report runs the client operation of schema/operations/reports.graphql (its exact text from
 * the persisted documents manifest, so it also runs under TRUSTED_DOCUMENTS) through the server's
 * executeOperation with the caller's context: the same shield rules and services decide who sees
 * what as in the API. Adding a report is one entry in CSV_REPORTS.
 */
export interface CsvReport<TData = any, TVars = any> {
  /** The operation to run (a generated document of client/generated). */
  document: TypedDocumentNode<TData, TVars>;
  /** The query-string parameter the report takes: `month` (YYYY-MM, required) or `asOf` (YYYY-MM-DD, optional). */
  parameter: 'month' | 'asOf';
  /** Query-string parameters -> the operation's variables; throws CsvParamError on bad input. */
  variables(query: Record<string, unknown>): TVars;
  /** The file name offered to the browser (without .csv). */
  fileName(vars: TVars): string;
  headers: string[];
  rows(data: TData): Array<Array<string | number | null | undefined>>;
}

export class CsvParamError extends Error {}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function month(query: Record<string, unknown>): { month: string } {
  const m = query.month;
  if (typeof m !== 'string' || !MONTH.test(m)) throw new CsvParamError('month must be given as YYYY-MM, e.g. ?month=2026-10');
  return { month: m };
}

const YEAR = /^\d{4}$/;

/** The budget report's period: ?month=YYYY-MM, or ?year=YYYY for the whole year. */
function budgetPeriod(query: Record<string, unknown>): { year: number; month: number | null } {
  if (query.month === undefined && typeof query.year === 'string' && YEAR.test(query.year)) return { year: Number(query.year), month: null };
  if (typeof query.month === 'string' && MONTH.test(query.month)) return { year: Number(query.month.slice(0, 4)), month: Number(query.month.slice(5, 7)) };
  throw new CsvParamError('Give month as YYYY-MM (e.g. ?month=2026-10) or, for the whole year, year as YYYY (e.g. ?year=2026)');
}

/** The first and last day of a YYYY-MM month, for reports over a period. */
function monthPeriod(query: Record<string, unknown>): { from: string; to: string } {
  const { month: m } = month(query);
  const [y, mm] = m.split('-').map(Number);
  return { from: `${m}-01`, to: new Date(Date.UTC(y, mm, 0)).toISOString().slice(0, 10) };
}

const RANKING_COMPONENTS: Array<[string, string]> = [
  ['TARGET_ACHIEVEMENT', '销售目标完成率(%)'],
  ['COLLECTIONS', '回款目标完成率(%)'],
  ['VISITS_COMPLETED', '完成拜访'],
  ['NEW_CUSTOMERS', '新客户'],
  ['COMPLAINTS_HANDLED_IN_TIME', '按时处理投诉'],
  ['UNEXCUSED_ABSENCES', '旷工天数'],
  ['VIOLATIONS', '违纪次数'],
];

function report<TData, TVars>(r: CsvReport<TData, TVars>): CsvReport<TData, TVars> {
  return r;
}

/** The downloadable reports, by URL name. */
export const CSV_REPORTS: Record<string, CsvReport> = {
  'monthly-receivables': report({
    document: MonthlyReceivablesReportDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `应收账款月报-${v.month}`,
    headers: ['客户', '负责业务员', '期初应收(元)', '本月新增(元)', '本月收款(元)', '期末应收(元)'],
    rows: (d) => [
      ...d.monthlyReceivablesReport.rows.map((r) => [r.customer.name, r.owner.name, r.opening, r.added, r.received, r.closing]),
      ['合计', '', ...(['opening', 'added', 'received', 'closing'] as const).map((k) => d.monthlyReceivablesReport.totals[k])],
    ],
  }),
  aging: report({
    document: AgingReportDocument,
    parameter: 'asOf',
    variables: (q) => {
      if (q.asOf === undefined || q.asOf === '') return { asOf: null };
      if (typeof q.asOf !== 'string' || !DATE.test(q.asOf)) throw new CsvParamError('asOf must be a date YYYY-MM-DD, e.g. ?asOf=2026-10-31');
      return { asOf: q.asOf };
    },
    fileName: (v) => `应收账龄分析${v.asOf ? `-${v.asOf}` : ''}`,
    headers: ['客户', '负责业务员', '未到期(元)', '逾期1-30天(元)', '逾期31-60天(元)', '逾期61-90天(元)', '逾期90天以上(元)', '合计(元)'],
    rows: (d) => [
      ...d.agingReport.rows.map((r) => [r.customer.name, r.customer.owner.name, r.notDue, r.d1to30, r.d31to60, r.d61to90, r.over90, r.total]),
      ['合计', '', ...(['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'] as const).map((k) => d.agingReport.totals[k])],
    ],
  }),
  payroll: report({
    document: PayrollSummaryDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `工资汇总-${v.month}`,
    headers: ['员工', '部门', '出勤天数', '请假天数', '病假天数', '出差天数', '旷工天数', '虚假拜访计旷工天数', '违纪次数', '罚款(元)', '赔偿(元)', '扣款合计(元)'],
    rows: (d) =>
      d.payrollSummary.map((r) => [
        r.staff.name, r.staff.department, r.daysPresent, r.leave, r.sickDays, r.businessTripDays, r.unexcusedAbsences,
        r.absencesFromFalseVisitReports, r.violations, r.fines, r.compensation, r.totalDeductions,
      ]),
  }),
  attendance: report({
    document: AttendanceSummaryDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `考勤汇总-${v.month}`,
    headers: ['员工', '部门', '记录天数', '出勤', '请假', '病假', '出差', '旷工', '其中虚假拜访计旷工'],
    rows: (d) =>
      d.attendanceSummary.map((r) => [r.staff.name, r.staff.department, r.recordedDays, r.present, r.leave, r.sick, r.businessTrip, r.unexcusedAbsences, r.fromFalseVisitReports]),
  }),
  workload: report({
    document: WorkloadReportDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `工作量统计-${v.month}`,
    headers: ['员工', '部门', '完成拜访', '新登记客户', '意向报告', '提交申请', '开具对账单', '收款金额(元)'],
    rows: (d) =>
      d.workloadReport.map((r) => [r.staff.name, r.staff.department, r.visitsCompleted, r.customersRegistered, r.intentReports, r.requestsFiled, r.statementsIssued, r.amountCollected]),
  }),
  budget: report({
    document: BudgetReportDocument,
    parameter: 'month',
    variables: budgetPeriod,
    fileName: (v) => `销售费用预算执行-${v.year}${v.month ? `-${String(v.month).padStart(2, '0')}` : ''}`,
    headers: ['员工', '部门', '预算(元)', '已批准费用(元)', '待审批费用(元)', '预算余额(元)', '已批准笔数', '确认销售额(元)', '投入产出比'],
    rows: (d) => {
      const t = d.budgetReport.department!;
      return [
        ...d.budgetReport.rows.map((r) => [r.staff.name, r.staff.department, r.budget, r.approved, r.pending, r.remaining, r.approvedClaims, r.confirmedSales, r.ratio]),
        [`部门合计(已分配 ${t.allocated}，未分配 ${t.unallocated})`, '', t.budget, t.approved, t.pending, t.remaining, '', t.confirmedSales, t.ratio],
      ];
    },
  }),
  revenue: report({
    document: MonthlyRevenueReportDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `营业收入月报-${v.month}`,
    headers: ['客户', '确认对账单数', '确认金额(元)'],
    rows: (d) => [
      ...d.monthlyRevenueReport.byCustomer.map((r) => [r.customer.name, r.statements, r.total]),
      ['合计', d.monthlyRevenueReport.statements, d.monthlyRevenueReport.total],
    ],
  }),
  // A salesperson's API answer has no department line (FORBIDDEN on it), so this download is for the readers.
  targets: report({
    document: TargetAchievementDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `目标完成情况-${v.month}`,
    headers: ['业务员', '销售目标(元)', '销售实绩(元)', '销售完成率(%)', '销售差额(元)', '回款目标(元)', '回款实绩(元)', '回款完成率(%)', '回款差额(元)'],
    rows: (d) => {
      const line = (f: { sales: Figures | null; collections: Figures | null }) => [
        f.sales?.target, f.sales?.actual, f.sales?.percent, f.sales?.gap, f.collections?.target, f.collections?.actual, f.collections?.percent, f.collections?.gap,
      ];
      const dept = d.targetAchievement.department;
      return [...d.targetAchievement.rows.map((r) => [r.staff.name, ...line(r)]), ...(dept ? [['部门合计', ...line(dept)]] : [])];
    },
  }),
  ranking: report({
    document: PerformanceRankingDocument,
    parameter: 'month',
    variables: month,
    fileName: (v) => `考核评比-${v.month}`,
    headers: ['名次', '业务员', '得分', ...RANKING_COMPONENTS.flatMap(([, label]) => [label, `${label.replace(/\(.*\)$/, '')}得分`])],
    rows: (d) =>
      d.performanceRanking.map((r) => [
        r.rank, r.staff.name, r.score,
        ...RANKING_COMPONENTS.flatMap(([kind]) => {
          const c = r.components.find((x) => x.component === kind);
          return [c?.raw, c?.points];
        }),
      ]),
  }),
  competitors: report({
    document: MarketIntelligenceSummaryDocument,
    parameter: 'month',
    variables: monthPeriod,
    fileName: (v) => `竞争对手信息-${v.from.slice(0, 7)}`,
    headers: ['竞争对手', '信息条数', '涉及客户', '其中已流失客户', '线路', '平均运价(元/吨)', '最低运价(元/吨)', '最高运价(元/吨)', '最近记录日期'],
    rows: (d) =>
      d.marketIntelligenceSummary.byCompetitor.map((c) => [
        c.competitor, c.reports, c.customers, c.lostCustomers, c.routes.join('、'), c.averageRate, c.lowestRate, c.highestRate, c.lastRecordedOn,
      ]),
  }),
};

interface Figures {
  target: string;
  actual: string;
  percent?: number | null;
  gap: string;
}

const manifest = persistedDocuments as Record<string, string>;

/** The exact text of a generated document, as its manifest entry (what a trusted server accepts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function documentText(document: TypedDocumentNode<any, any>): string {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  const text = hash ? manifest[hash] : undefined;
  if (!text) throw new Error('This document is not in client/generated/persisted-documents.json: run npm run codegen');
  return text;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

function refusal(res: express.Response, code: string, message?: string) {
  res.status(STATUS[code] ?? 500).json({ error: code, ...(message ? { message } : {}) });
}

/** GET /reports/:name.csv for every entry of CSV_REPORTS. */
export function csvReportsRoute(server: AppServer): express.Router {
  const router = express.Router();
  router.get('/reports/:name.csv', async (req, res) => {
    const r = CSV_REPORTS[req.params.name];
    if (!r || !Object.prototype.hasOwnProperty.call(CSV_REPORTS, req.params.name)) return refusal(res, 'NOT_FOUND', `No such report; available: ${Object.keys(CSV_REPORTS).join(', ')}`);
    let contextValue;
    try {
      contextValue = await server.context({
        authorization: req.headers.authorization ?? null,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        requestId: String(res.locals.requestId ?? ''),
      });
    } catch (error) {
      return refusal(res, String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    }
    if (!contextValue.actor) return refusal(res, 'UNAUTHENTICATED', 'Send Authorization: Bearer <token> (from login).');
    let variables;
    try {
      variables = r.variables(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof CsvParamError) return refusal(res, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    try {
      const response = await server.apollo.executeOperation({ query: documentText(r.document), variables }, { contextValue });
      if (response.body.kind !== 'single') return refusal(res, 'INTERNAL_SERVER_ERROR');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        return refusal(res, code, code === 'BAD_USER_INPUT' ? errors[0].message : undefined);
      }
      const name = r.fileName(variables);
      res
        .status(200)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${req.params.name}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`)
        .set('Cache-Control', 'no-store')
        .send(toCsv(r.headers, r.rows(data)));
    } catch (error) {
      server.logger.error({ err: error }, 'CSV report failed');
      refusal(res, 'INTERNAL_SERVER_ERROR');
    }
  });
  return router;
}
