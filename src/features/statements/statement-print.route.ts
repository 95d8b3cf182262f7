import express from 'express';

const STATUS_TEXT: Record<string, string> = { ISSUED: '待确认', CONFIRMED: '已确认', VOID: '已作废' };

/** Two ideographic spaces (U+3000): the gap between the fields of a line on a printed Chinese form. */
const GAP = '\u3000\u3000';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** What the page reads of the `Statement` client operation (schema/operations/statements.graphql). */
interface PrintedStatement {
  id: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  total: string;
  confirmedBy: string | null;
  dueDate: string | null;
  customer: { name: string };
  lines: Array<{ description: string; amount: string }> | null;
}

/**
 * Runs a client operation for this request through the server's operation bridge (the context,
 * shield rules and services of the API); its data, or undefined once it has refused the request
 * with the status of the error (401 no or bad token, 403 a role that may not read it, 404 a
 * statement the caller cannot see, 400 a malformed id). Handed in by the composition root.
 */
export type RunOperation = (
  req: express.Request,
  res: express.Response,
  name: string,
  variables: Record<string, unknown>,
) => Promise<unknown | undefined>;

/**
 * GET /statements/:id/print: the statement as a Chinese HTML page to print and hand to the
 * customer. Who may print what is exactly who may read it through the API: the page runs the
 * `Statement` query through the bridge and only renders its answer.
 */
export function statementPrintRoute(run: RunOperation): express.Router {
  const router = express.Router();
  router.get('/statements/:id/print', async (req, res) => {
    const data = (await run(req, res, 'Statement', { id: req.params.id })) as
      { statement: PrintedStatement } | undefined;
    if (!data) return;
    const statement = data.statement;
    const rows = (statement.lines ?? [])
      .map((l, i) => `<tr><td>${i + 1}</td><td>${escape(l.description)}</td><td class="num">${l.amount}</td></tr>`)
      .join('\n');
    res.type('html').send(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>托运清单 ${escape(statement.id)}</title>
<style>body{font-family:"SimSun","Songti SC",serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px}.num{text-align:right}@media print{button{display:none}}</style>
</head><body>
<h1>公路运输有限公司 市场部</h1>
<h2>托运清单列表（对账单）第 ${escape(statement.id)} 号</h2>
<p>客户：${escape(statement.customer.name)}${GAP}账期：${statement.periodStart} 至 ${statement.periodEnd}${GAP}状态：${STATUS_TEXT[statement.status] ?? escape(statement.status)}</p>
<table><thead><tr><th>序号</th><th>项目</th><th>金额（元）</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="2">合计</th><th class="num">${statement.total}</th></tr></tfoot></table>
<p>客户确认人：${escape(statement.confirmedBy ?? '________')}${GAP}付款到期日：${statement.dueDate ?? '确认后按约定账期计算'}</p>
<p>收款员签字：________${GAP}客户签章：________</p>
</body></html>`);
  });
  return router;
}
