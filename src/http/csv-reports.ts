import express from 'express';
import type { AppServer } from '../app-server';
import { toCsv } from './csv';
import { ClientOperations, clientOperations } from './client-operations';
import { operationBridge, refuse } from './operation-bridge';

/**
 * Reports as CSV downloads: GET /reports/<name>.csv?month=YYYY-MM (aging: ?asOf=YYYY-MM-DD, optional).
 *
 * Each report runs its client operation of schema/operations/reports.graphql through the operation
 * bridge (executeOperation with the caller's context, normalized as the persisted documents manifest
 * holds it, so it also runs under TRUSTED_DOCUMENTS): the same shield rules and services decide who
 * sees what as in the API. Adding a report is one entry in CSV_REPORTS.
 */
export interface CsvReport<TData = any, TVars = any> {
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
type Named = { name: string };
type Staffed = { staff: Named & { department: string } };
interface MonthlyReceivablesData { monthlyReceivablesReport: { rows: Array<Record<'opening' | 'added' | 'received' | 'closing', string> & { customer: Named; owner: Named }>; totals: Record<'opening' | 'added' | 'received' | 'closing', string> } }
type AgingFigure = 'notDue' | 'd1to30' | 'd31to60' | 'd61to90' | 'over90' | 'total';
interface AgingData { agingReport: { rows: Array<Record<AgingFigure, string> & { customer: Named & { owner: Named } }>; totals: Record<AgingFigure, string> } }
interface PayrollData { payrollSummary: Array<Staffed & Record<'daysPresent' | 'leave' | 'sickDays' | 'businessTripDays' | 'unexcusedAbsences' | 'absencesFromFalseVisitReports' | 'violations', number> & Record<'fines' | 'compensation' | 'totalDeductions', string>> }
interface AttendanceData { attendanceSummary: Array<Staffed & Record<'recordedDays' | 'present' | 'leave' | 'sick' | 'businessTrip' | 'unexcusedAbsences' | 'fromFalseVisitReports', number>> }
interface WorkloadData { workloadReport: Array<Staffed & Record<'visitsCompleted' | 'customersRegistered' | 'intentReports' | 'requestsFiled' | 'statementsIssued', number> & { amountCollected: string }> }
interface RevenueData { monthlyRevenueReport: { byCustomer: Array<{ customer: Named; statements: number; total: string }>; statements: number; total: string } }

export class CsvParamError extends Error {}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function month(query: Record<string, unknown>): { month: string } {
  const m = query.month;
  if (typeof m !== 'string' || !MONTH.test(m)) throw new CsvParamError('month must be given as YYYY-MM, e.g. ?month=2026-10');
  return { month: m };
}

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
      ...d.monthlyReceivablesReport.rows.map((r) => [r.customer.name, r.owner.name, r.opening, r.added, r.received, r.closing]),
      ['合计', '', ...(['opening', 'added', 'received', 'closing'] as const).map((k) => d.monthlyReceivablesReport.totals[k])],
    ],
  }),
  aging: report<AgingData, { asOf: string | null }>({
    operation: 'AgingReport',
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
  payroll: report<PayrollData, { month: string }>({
    operation: 'PayrollSummary',
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
  attendance: report<AttendanceData, { month: string }>({
    operation: 'AttendanceSummary',
    parameter: 'month',
    variables: month,
    fileName: (v) => `考勤汇总-${v.month}`,
    headers: ['员工', '部门', '记录天数', '出勤', '请假', '病假', '出差', '旷工', '其中虚假拜访计旷工'],
    rows: (d) =>
      d.attendanceSummary.map((r) => [r.staff.name, r.staff.department, r.recordedDays, r.present, r.leave, r.sick, r.businessTrip, r.unexcusedAbsences, r.fromFalseVisitReports]),
  }),
  workload: report<WorkloadData, { month: string }>({
    operation: 'WorkloadReport',
    parameter: 'month',
    variables: month,
    fileName: (v) => `工作量统计-${v.month}`,
    headers: ['员工', '部门', '完成拜访', '新登记客户', '意向报告', '提交申请', '开具对账单', '收款金额(元)'],
    rows: (d) =>
      d.workloadReport.map((r) => [r.staff.name, r.staff.department, r.visitsCompleted, r.customersRegistered, r.intentReports, r.requestsFiled, r.statementsIssued, r.amountCollected]),
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
};

/** GET /reports/:name.csv for every entry of CSV_REPORTS. */
export function csvReportsRoute(server: AppServer, operations: ClientOperations = clientOperations()): express.Router {
  for (const r of Object.values(CSV_REPORTS)) operations.get(r.operation); // a report without its operation fails at start
  const bridge = operationBridge(server, operations);
  const router = express.Router();
  router.get('/reports/:name.csv', async (req, res) => {
    const r = Object.prototype.hasOwnProperty.call(CSV_REPORTS, req.params.name) ? CSV_REPORTS[req.params.name] : undefined;
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
      .set('Content-Disposition', `attachment; filename="${req.params.name}.csv"; filename*=UTF-8''${encodeURIComponent(r.fileName(variables))}.csv`)
      .set('Cache-Control', 'no-store')
      .send(toCsv(r.headers, r.rows(data)));
  });
  return router;
}
