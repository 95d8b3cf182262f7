import express from 'express';
import { GraphQLError } from 'graphql';
import { hasRole } from '../../auth/actor';
import { formatMoney } from '../../graphql/money';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { Customer } from '../customers';
import { StatementLine } from './statement-line.entity';
import { STATEMENT_READERS } from './statement.permissions';
import type { StatementService } from './statement.service';

const STATUS_TEXT: Record<string, string> = { ISSUED: '待确认', CONFIRMED: '已确认', VOID: '已作废' };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function codeStatus(error: unknown): { status: number; code: string } {
  const code = String((error as GraphQLError)?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : 500;
  return { status, code };
}

/**
 * GET /statements/:id/print: the statement as a Chinese HTML page to print and hand to the
 * customer. Authorized like the API: a Bearer token, the roles that may read statements, and a
 * salesperson only for own customers.
 */
/** What the print page needs from the running server, handed in by it (the feature does not import the server). */
export interface StatementPrintDeps {
  /** Builds a request's context exactly as the API does, so the same token rules apply. */
  context(req: { authorization: string | null; clientAddress: string }): Promise<{ actor: Actor | null }>;
  statements: Pick<StatementService, 'get'>;
  db: DataSource;
  logger: { error(obj: object, msg: string): void };
}

export function statementPrintRoute(server: StatementPrintDeps): express.Router {
  const router = express.Router();
  router.get('/statements/:id/print', async (req, res) => {
    try {
      const ctx = await server.context({ authorization: req.headers.authorization ?? null, clientAddress: req.socket.remoteAddress ?? 'unknown' });
      if (!ctx.actor) return res.status(401).json({ error: 'UNAUTHENTICATED' });
      if (!hasRole(ctx.actor, ...STATEMENT_READERS)) return res.status(403).json({ error: 'FORBIDDEN' });
      const statement = await server.statements.get(ctx.actor, req.params.id);
      const customer = await server.db.getRepository(Customer).findOneByOrFail({ id: statement.customerId });
      const lines = await server.db.getRepository(StatementLine).find({ where: { statementId: statement.id }, order: { id: 'ASC' } });
      const rows = lines
        .map((l, i) => `<tr><td>${i + 1}</td><td>${escape(l.description)}</td><td class="num">${formatMoney(l.amount)}</td></tr>`)
        .join('\n');
      res.type('html').send(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>托运清单 ${statement.id}</title>
<style>body{font-family:"SimSun","Songti SC",serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px}.num{text-align:right}@media print{button{display:none}}</style>
</head><body>
<h1>公路运输有限公司 市场部</h1>
<h2>托运清单列表（对账单）第 ${statement.id} 号</h2>
<p>客户：${escape(customer.name)}　　账期：${statement.periodStart} 至 ${statement.periodEnd}　　状态：${STATUS_TEXT[statement.status]}</p>
<table><thead><tr><th>序号</th><th>项目</th><th>金额（元）</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="2">合计</th><th class="num">${formatMoney(statement.total)}</th></tr></tfoot></table>
<p>客户确认人：${escape(statement.confirmedBy ?? '________')}　　付款到期日：${statement.dueDate ?? '确认后按约定账期计算'}</p>
<p>收款员签字：________　　客户签章：________</p>
</body></html>`);
    } catch (error) {
      const { status, code } = codeStatus(error);
      if (status === 500) server.logger.error({ err: error }, 'statement print failed');
      res.status(status).json({ error: code });
    }
  });
  return router;
}
