import { MarketModel } from './market-model';
import { fen, MarketWorld, money } from './market-world';

/* eslint-disable @typescript-eslint/no-explicit-any */

const num = (v: unknown) => Number(v);

function fail(m: MarketModel, what: string): never {
  throw new Error(`invariant broken after step ${m.steps} (today ${m.today}): ${what}`);
}

/**
 * What must hold after every step, read from the database and from the API and compared with the
 * model: billing once, statements adding up, balances, rates and terms only by approval within the
 * approver's limit, pickups only when allowed.
 */
export async function checkInvariants(m: MarketModel, w: MarketWorld): Promise<void> {
  if (!m.customers.length) return;
  const db = w.app.db;
  const ids = m.customers.map((c) => Number(c.id));
  const inCustomers = `(${ids.join(',')})`;

  // Each consignment is on at most one live statement, and on exactly the one the model billed it on.
  const lines: any[] = await db.query(
    `SELECT l.consignmentId AS k, l.statementId AS s FROM statement_line l INNER JOIN statement st ON st.id = l.statementId
      WHERE st.status <> 'VOID' AND l.consignmentId IS NOT NULL AND st.customerId IN ${inCustomers}`,
  );
  const billedOn = new Map<string, string[]>();
  for (const l of lines) billedOn.set(String(l.k), [...(billedOn.get(String(l.k)) ?? []), String(l.s)]);
  for (const k of m.consignments) {
    const on = billedOn.get(k.id) ?? [];
    if (on.length > 1) fail(m, `consignment ${k.id} is on live statements ${on.join(', ')}`);
    if ((on[0] ?? null) !== k.statementId)
      fail(m, `consignment ${k.id} is on statement ${on[0] ?? 'none'}, the model has ${k.statementId ?? 'none'}`);
  }
  const priced: any[] = await db.query(`SELECT id, freight FROM consignment WHERE customerId IN ${inCustomers}`);
  const freightOf = new Map(priced.map((r) => [String(r.id), num(r.freight)]));
  for (const k of m.consignments)
    if (freightOf.get(k.id) !== k.freight)
      fail(m, `consignment ${k.id} freight ${freightOf.get(k.id)} fen, the model ${k.freight}`);

  // A statement's total is the sum of its lines; status and total as the model has them.
  const statements: any[] = await db.query(
    `SELECT st.id, st.status, st.total, (SELECT COALESCE(SUM(l.amount), 0) FROM statement_line l WHERE l.statementId = st.id) AS sumLines
       FROM statement st WHERE st.customerId IN ${inCustomers}`,
  );
  if (statements.length !== m.statements.length)
    fail(m, `${statements.length} statements in the database, ${m.statements.length} in the model`);
  for (const row of statements) {
    if (num(row.total) !== num(row.sumLines))
      fail(m, `statement ${row.id} total ${row.total} but its lines sum to ${row.sumLines}`);
    const s = m.statements.find((x) => x.id === String(row.id));
    if (!s || s.status !== row.status || s.total !== num(row.total))
      fail(m, `statement ${row.id} is ${row.status} ${row.total}; the model has ${JSON.stringify(s)}`);
  }

  // The same through the API, as the COLLECTOR reads statements.
  const listed = await w.call(
    'collector',
    `{ ${m.customers.map((c, i) => `s${i}: statements(customerId: "${c.id}", first: 100) { edges { node { id status total lines { amount } } } }`).join(' ')} }`,
  );
  if (listed.errors?.length) fail(m, `the COLLECTOR could not read statements: ${JSON.stringify(listed.errors)}`);
  for (const i of m.customers.keys()) {
    for (const { node } of listed.data[`s${i}`].edges) {
      const sum = node.lines.reduce((t: number, l: any) => t + fen(l.amount), 0);
      if (sum !== fen(node.total))
        fail(m, `statement ${node.id} shows total ${node.total} over lines summing to ${money(sum)}`);
    }
  }

  // Balances: confirmed receivables less payments, in SQL and through the API.
  const sums: any[] = await db.query(
    `SELECT c.id, c.freightRate, c.paymentTermDays, c.storageRate,
            (SELECT COALESCE(SUM(r.amount), 0) FROM receivable r WHERE r.customerId = c.id) AS owed,
            (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.customerId = c.id) AS paid,
            (SELECT COUNT(*) FROM pickup_notice n WHERE n.customerId = c.id) AS pickups
       FROM customer c WHERE c.id IN ${inCustomers}`,
  );
  const api = await w.call(
    'collector',
    `{ ${m.customers.map((c, i) => `c${i}: customer(id: "${c.id}") { id balance freightRate paymentTermDays }`).join(' ')}
       page: customers(first: 100) { edges { node { id balance } } pageInfo { hasNextPage } } }`,
  );
  // The same balances as a page of customers reads them, in its own statement (customerBalanceColumn).
  const onPage = new Map<string, string>(api.data?.page.edges.map((e: any) => [e.node.id, e.node.balance]));
  if (api.errors?.length) fail(m, `the COLLECTOR could not read customers: ${JSON.stringify(api.errors)}`);
  m.customers.forEach((c, i) => {
    const row = sums.find((r) => String(r.id) === c.id);
    const expected = m.balance(c.id);
    if (num(row.owed) - num(row.paid) !== expected)
      fail(
        m,
        `customer ${c.id}: receivables ${row.owed} - payments ${row.paid} in SQL, the model's balance is ${money(expected)}`,
      );
    const seen = api.data[`c${i}`];
    if (fen(seen.balance) !== expected)
      fail(m, `customer ${c.id}: the API's balance is ${seen.balance}, the model's ${money(expected)}`);
    const paged = onPage.get(c.id);
    if (paged === undefined ? !api.data.page.pageInfo.hasNextPage : fen(paged) !== expected)
      fail(m, `customer ${c.id}: a page of customers shows balance ${paged}, the model's ${money(expected)}`);
    // Rates and terms change only through approved requests.
    const rate = m.currentRate(c);
    if ((row.freightRate === null ? null : num(row.freightRate)) !== rate)
      fail(m, `customer ${c.id}: rate ${row.freightRate} fen/t, approved ${rate}`);
    if (
      num(row.paymentTermDays) !== c.termDays ||
      (row.storageRate === null ? null : num(row.storageRate)) !== c.storageRate
    ) {
      fail(
        m,
        `customer ${c.id}: terms ${row.paymentTermDays} days, storage ${row.storageRate}; approved ${c.termDays}, ${c.storageRate}`,
      );
    }
    if (num(row.pickups) !== c.pickups)
      fail(m, `customer ${c.id}: ${row.pickups} pickup notices, the model allowed ${c.pickups}`);
  });

  // The rate history: exactly the approved rate changes, each from its approval day.
  const history: any[] = await db.query(
    `SELECT h.customerId, h.rate, h.effectiveFrom, q.kind, q.status, q.newRate FROM customer_rate h LEFT JOIN approval_request q ON q.id = h.requestId
      WHERE h.customerId IN ${inCustomers} ORDER BY h.id`,
  );
  for (const c of m.customers) {
    const rows = history.filter((h) => String(h.customerId) === c.id);
    const shown = rows.map(
      (h) => `${String(h.effectiveFrom).slice(0, 10)}:${num(h.rate)}:${h.kind}:${h.status}:${num(h.newRate)}`,
    );
    const expected = c.rates.map((r) => `${r.from}:${r.rate}:RATE_CHANGE:APPROVED:${r.rate}`);
    if (shown.join() !== expected.join())
      fail(m, `customer ${c.id}: rate history ${shown.join(', ')}, approved ${expected.join(', ')}`);
  }

  // The occupied days: one area per day, as the model has them.
  const occupied: any[] = await db.query(
    `SELECT id, fromDate, toDate FROM storage_occupancy WHERE customerId IN ${inCustomers}`,
  );
  if (occupied.length !== m.occupancies.length)
    fail(m, `${occupied.length} occupancies in the database, ${m.occupancies.length} in the model`);
  for (const row of occupied) {
    const o = m.occupancies.find((x) => x.id === String(row.id));
    if (!o || o.from !== String(row.fromDate) || o.to !== (row.toDate === null ? null : String(row.toDate)))
      fail(m, `occupancy ${row.id} ${row.fromDate}..${row.toDate}; the model has ${JSON.stringify(o)}`);
  }

  // Every request as the model decided it; an approval never by its filer nor by someone who may not decide.
  const requests: any[] = await db.query(
    `SELECT r.id, r.status, r.requesterId, r.decidedById FROM approval_request r WHERE r.customerId IN ${inCustomers}`,
  );
  const deciders = new Set([w.actors.manager.staff.id, w.actors.director.staff.id]);
  if (requests.length !== m.requests.length)
    fail(m, `${requests.length} requests in the database, ${m.requests.length} in the model`);
  for (const row of requests) {
    const r = m.requests.find((x) => x.id === String(row.id));
    if (!r || r.status !== row.status) fail(m, `request ${row.id} is ${row.status}; the model has ${r?.status}`);
    if (
      row.status !== 'PENDING' &&
      (!deciders.has(num(row.decidedById)) || num(row.decidedById) === num(row.requesterId))
    )
      fail(m, `request ${row.id} decided by staff ${row.decidedById}`);
  }
}
