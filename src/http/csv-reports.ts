import express from 'express';
import type { AppServer } from '../app-server';
import { must } from '../errors';
import { toCsv } from './csv';
import { ClientOperations, clientOperations } from './client-operations';
import { operationBridge, refuse } from './operation-bridge';

/**
 * Reports as CSV downloads: GET /reports/<name>.csv?month=YYYY-MM (aging: ?asOf=YYYY-MM-DD, optional;
 * competitors: the month's first to last day; budget: ?month=YYYY-MM for a month or ?year=YYYY for the
 * whole year).
 *
 * Each report runs its client operation of schema/operations/reports.graphql through the operation
 * bridge (executeOperation with the caller's context, normalized as the persisted documents manifest
 * holds it, so it also runs under TRUSTED_DOCUMENTS): the same shield rules and services decide who
 * sees what as in the API. Adding a report is one entry in CSV_REPORTS.
 */
export interface CsvReport<TData = unknown, TVars = Record<string, unknown>> {
  /** The name of the query in schema/operations to run. */
  operation: string;
  /** The query-string parameter the report takes: `month` (YYYY-MM, required) or `asOf` (YYYY-MM-DD, optional). */
  parameter: 'month' | 'asOf';
  /** Query-string parameters -> the operation's variables; throws CsvParamError on bad input. */
  variables(query: Record<string, unknown>): TVars;
  /** The file name offered to the browser (without .csv). */
  fileName(vars: TVars): string;
  headers: string[];
  rows(data: TData): Array<Array<string | number | null | undefined>>;
}

// What each report reads of its operation's answer (the operations select these fields; the CSV
// tests download every report, so a field the operation stops selecting fails there).
type Cell = string | number | null;
type Named = { name: string };
type Staffed = { staff: Named & { department: string } };
interface MonthlyReceivablesData {
  monthlyReceivablesReport: {
    rows: Array<Record<'opening' | 'added' | 'received' | 'closing', string> & { customer: Named; owner: Named }>;
    totals: Record<'opening' | 'added' | 'received' | 'closing', string>;
  };
}
type AgingFigure = 'notDue' | 'd1to30' | 'd31to60' | 'd61to90' | 'over90' | 'total';
interface AgingData {
  agingReport: {
    rows: Array<Record<AgingFigure, string> & { customer: Named & { owner: Named } }>;
    totals: Record<AgingFigure, string>;
  };
}
interface PayrollData {
  payrollSummary: Array<
    Staffed &
      Record<
        | 'daysPresent'
        | 'leave'
        | 'sickDays'
        | 'businessTripDays'
        | 'unexcusedAbsences'
        | 'absencesFromFalseVisitReports'
        | 'violations',
        number
      > &
      Record<'fines' | 'compensation' | 'totalDeductions', string>
  >;
}
interface AttendanceData {
  attendanceSummary: Array<
    Staffed &
      Record<
        'recordedDays' | 'present' | 'leave' | 'sick' | 'businessTrip' | 'unexcusedAbsences' | 'fromFalseVisitReports',
        number
      >
  >;
}
interface WorkloadData {
  workloadReport: Array<
    Staffed &
      Record<
        'visitsCompleted' | 'customersRegistered' | 'intentReports' | 'requestsFiled' | 'statementsIssued',
        number
      > & { amountCollected: string }
  >;
}
interface RevenueData {
  monthlyRevenueReport: {
    byCustomer: Array<{ customer: Named; statements: number; total: string }>;
    statements: number;
    total: string;
  };
}
type BudgetFigure = 'budget' | 'approved' | 'pending' | 'remaining' | 'confirmedSales' | 'ratio';
interface BudgetData {
  budgetReport: {
    rows: Array<Staffed & Record<BudgetFigure | 'approvedClaims', Cell>>;
    department: Record<BudgetFigure | 'allocated' | 'unallocated', Cell> | null;
  };
}
interface TargetLine {
  sales: Figures | null;
  collections: Figures | null;
}
interface TargetData {
  targetAchievement: { rows: Array<TargetLine & { staff: Named }>; department: TargetLine | null };
}
interface RankingData {
  performanceRanking: Array<{
    rank: number;
    staff: Named;
    score: Cell;
    components: Array<{ component: string; raw: Cell; points: Cell }>;
  }>;
}
interface CompetitorData {
  marketIntelligenceSummary: {
    byCompetitor: Array<
      Record<
        | 'competitor'
        | 'reports'
        | 'customers'
        | 'lostCustomers'
        | 'averageRate'
        | 'lowestRate'
        | 'highestRate'
        | 'lastRecordedOn',
        Cell
      > & { routes: string[] }
    >;
  };
}

export class CsvParamError extends Error {}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function month(query: Record<string, unknown>): { month: string } {
  const m = query.month;
  if (typeof m !== 'string' || !MONTH.test(m))
    throw new CsvParamError('month must be given as YYYY-MM, e.g. ?month=2026-10');
  return { month: m };
}

const YEAR = /^\d{4}$/;

/** The budget report's period: ?month=YYYY-MM, or ?year=YYYY for the whole year. */
function budgetPeriod(query: Record<string, unknown>): { year: number; month: number | null } {
  if (query.month === undefined && typeof query.year === 'string' && YEAR.test(query.year))
    return { year: Number(query.year), month: null };
  if (typeof query.month === 'string' && MONTH.test(query.month))
    return { year: Number(query.month.slice(0, 4)), month: Number(query.month.slice(5, 7)) };
  throw new CsvParamError(
    'Give month as YYYY-MM (e.g. ?month=2026-10) or, for the whole year, year as YYYY (e.g. ?year=2026)',
  );
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
  'monthly-receivables': report<MonthlyReceivablesData, { month: string }>({
    operation: 'MonthlyReceivablesReport',
    parameter: 'month',
    variables: month,
    fileName: (v) => `应收账款月报-${v.month}`,
    headers: ['客户', '负责业务员', '期初应收(元)', '本月新增(元)', '本月收款(元)', '期末应收(元)'],
    rows: (d) => [
      ...d.monthlyReceivablesReport.rows.map((r) => [
        r.customer.name,
        r.owner.name,
        r.opening,
        r.added,
        r.received,
        r.closing,
      ]),
      [
        '合计',
        '',
        ...(['opening', 'added', 'received', 'closing'] as const).map((k) => d.monthlyReceivablesReport.totals[k]),
      ],
    ],
  }),
  aging: report<AgingData, { asOf: string | null }>({
    operation: 'AgingReport',
    parameter: 'asOf',
    variables: (q) => {
      if (q.asOf === undefined || q.asOf === '') return { asOf: null };
      if (typeof q.asOf !== 'string' || !DATE.test(q.asOf))
        throw new CsvParamError('asOf must be a date YYYY-MM-DD, e.g. ?asOf=2026-10-31');
      return { asOf: q.asOf };
    },
    fileName: (v) => `应收账龄分析${v.asOf ? `-${v.asOf}` : ''}`,
    headers: [
      '客户',
      '负责业务员',
      '未到期(元)',
      '逾期1-30天(元)',
      '逾期31-60天(元)',
      '逾期61-90天(元)',
      '逾期90天以上(元)',
      '合计(元)',
    ],
    rows: (d) => [
      ...d.agingReport.rows.map((r) => [
        r.customer.name,
        r.customer.owner.name,
        r.notDue,
        r.d1to30,
        r.d31to60,
        r.d61to90,
        r.over90,
        r.total,
      ]),
      [
        '合计',
        '',
        ...(['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'] as const).map((k) => d.agingReport.totals[k]),
      ],
    ],
  }),
  payroll: report<PayrollData, { month: string }>({
    operation: 'PayrollSummary',
    parameter: 'month',
    variables: month,
    fileName: (v) => `工资汇总-${v.month}`,
    headers: [
      '员工',
      '部门',
      '出勤天数',
      '请假天数',
      '病假天数',
      '出差天数',
      '旷工天数',
      '虚假拜访计旷工天数',
      '违纪次数',
      '罚款(元)',
      '赔偿(元)',
      '扣款合计(元)',
    ],
    rows: (d) =>
      d.payrollSummary.map((r) => [
        r.staff.name,
        r.staff.department,
        r.daysPresent,
        r.leave,
        r.sickDays,
        r.businessTripDays,
        r.unexcusedAbsences,
        r.absencesFromFalseVisitReports,
        r.violations,
        r.fines,
        r.compensation,
        r.totalDeductions,
      ]),
  }),
  attendance: report<AttendanceData, { month: string }>({
    operation: 'AttendanceSummary',
    parameter: 'month',
    variables: month,
    fileName: (v) => `考勤汇总-${v.month}`,
    headers: ['员工', '部门', '记录天数', '出勤', '请假', '病假', '出差', '旷工', '其中虚假拜访计旷工'],
    rows: (d) =>
      d.attendanceSummary.map((r) => [
        r.staff.name,
        r.staff.department,
        r.recordedDays,
        r.present,
        r.leave,
        r.sick,
        r.businessTrip,
        r.unexcusedAbsences,
        r.fromFalseVisitReports,
      ]),
  }),
  workload: report<WorkloadData, { month: string }>({
    operation: 'WorkloadReport',
    parameter: 'month',
    variables: month,
    fileName: (v) => `工作量统计-${v.month}`,
    headers: ['员工', '部门', '完成拜访', '新登记客户', '意向报告', '提交申请', '开具对账单', '收款金额(元)'],
    rows: (d) =>
      d.workloadReport.map((r) => [
        r.staff.name,
        r.staff.department,
        r.visitsCompleted,
        r.customersRegistered,
        r.intentReports,
        r.requestsFiled,
        r.statementsIssued,
        r.amountCollected,
      ]),
  }),
  budget: report<BudgetData, { year: number; month: number | null }>({
    operation: 'BudgetReport',
    parameter: 'month',
    variables: budgetPeriod,
    fileName: (v) => `销售费用预算执行-${v.year}${v.month ? `-${String(v.month).padStart(2, '0')}` : ''}`,
    headers: [
      '员工',
      '部门',
      '预算(元)',
      '已批准费用(元)',
      '待审批费用(元)',
      '预算余额(元)',
      '已批准笔数',
      '确认销售额(元)',
      '投入产出比',
    ],
    rows: (d) => {
      // Only a reader of the totals gets this far: anyone else's answer has a FORBIDDEN error and is refused.
      const t = must(d.budgetReport.department, 'department totals of the budget report');
      return [
        ...d.budgetReport.rows.map((r) => [
          r.staff.name,
          r.staff.department,
          r.budget,
          r.approved,
          r.pending,
          r.remaining,
          r.approvedClaims,
          r.confirmedSales,
          r.ratio,
        ]),
        [
          `部门合计(已分配 ${t.allocated}，未分配 ${t.unallocated})`,
          '',
          t.budget,
          t.approved,
          t.pending,
          t.remaining,
          '',
          t.confirmedSales,
          t.ratio,
        ],
      ];
    },
  }),
  revenue: report<RevenueData, { month: string }>({
    operation: 'MonthlyRevenueReport',
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
  targets: report<TargetData, { month: string }>({
    operation: 'TargetAchievement',
    parameter: 'month',
    variables: month,
    fileName: (v) => `目标完成情况-${v.month}`,
    headers: [
      '业务员',
      '销售目标(元)',
      '销售实绩(元)',
      '销售完成率(%)',
      '销售差额(元)',
      '回款目标(元)',
      '回款实绩(元)',
      '回款完成率(%)',
      '回款差额(元)',
    ],
    rows: (d) => {
      const line = (f: { sales: Figures | null; collections: Figures | null }) => [
        f.sales?.target,
        f.sales?.actual,
        f.sales?.percent,
        f.sales?.gap,
        f.collections?.target,
        f.collections?.actual,
        f.collections?.percent,
        f.collections?.gap,
      ];
      const dept = d.targetAchievement.department;
      return [
        ...d.targetAchievement.rows.map((r) => [r.staff.name, ...line(r)]),
        ...(dept ? [['部门合计', ...line(dept)]] : []),
      ];
    },
  }),
  ranking: report<RankingData, { month: string }>({
    operation: 'PerformanceRanking',
    parameter: 'month',
    variables: month,
    fileName: (v) => `考核评比-${v.month}`,
    headers: [
      '名次',
      '业务员',
      '得分',
      ...RANKING_COMPONENTS.flatMap(([, label]) => [label, `${label.replace(/\(.*\)$/, '')}得分`]),
    ],
    rows: (d) =>
      d.performanceRanking.map((r) => [
        r.rank,
        r.staff.name,
        r.score,
        ...RANKING_COMPONENTS.flatMap(([kind]) => {
          const c = r.components.find((x) => x.component === kind);
          return [c?.raw, c?.points];
        }),
      ]),
  }),
  competitors: report<CompetitorData, { from: string; to: string }>({
    operation: 'MarketIntelligenceSummary',
    parameter: 'month',
    variables: monthPeriod,
    fileName: (v) => `竞争对手信息-${v.from.slice(0, 7)}`,
    headers: [
      '竞争对手',
      '信息条数',
      '涉及客户',
      '其中已流失客户',
      '线路',
      '平均运价(元/吨)',
      '最低运价(元/吨)',
      '最高运价(元/吨)',
      '最近记录日期',
    ],
    rows: (d) =>
      d.marketIntelligenceSummary.byCompetitor.map((c) => [
        c.competitor,
        c.reports,
        c.customers,
        c.lostCustomers,
        c.routes.join('、'),
        c.averageRate,
        c.lowestRate,
        c.highestRate,
        c.lastRecordedOn,
      ]),
  }),
};

interface Figures {
  target: string;
  actual: string;
  percent?: number | null;
  gap: string;
}

/** GET /reports/:name.csv for every entry of CSV_REPORTS. */
export function csvReportsRoute(server: AppServer, operations: ClientOperations = clientOperations()): express.Router {
  // A report without its operation fails at start.
  for (const r of Object.values(CSV_REPORTS)) operations.get(r.operation);
  const bridge = operationBridge(server, operations);
  const router = express.Router();
  router.get('/reports/:name.csv', async (req, res) => {
    const r = Object.prototype.hasOwnProperty.call(CSV_REPORTS, req.params.name)
      ? CSV_REPORTS[req.params.name]
      : undefined;
    if (!r) return refuse(res, 'NOT_FOUND', `No such report; available: ${Object.keys(CSV_REPORTS).join(', ')}`);
    const contextValue = await bridge.caller(req, res);
    if (!contextValue) return;
    let variables;
    try {
      variables = r.variables(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof CsvParamError) return refuse(res, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const data = await bridge.execute(req, res, contextValue, r.operation, variables);
    if (data === undefined) return;
    res
      .status(200)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .set(
        'Content-Disposition',
        `attachment; filename="${req.params.name}.csv"; filename*=UTF-8''${encodeURIComponent(r.fileName(variables))}.csv`,
      )
      .set('Cache-Control', 'no-store')
      .send(toCsv(r.headers, r.rows(data)));
  });
  return router;
}
