import fs from 'node:fs';

/**
 * `npm run bench:growth -- A.json B.json`: how each report's cost grew between two benchmark runs
 * (their JSON in bench/results/), normally scale 1 and `BENCH_SCALE=4` (four times the history of
 * the same customers). Target: ours at most 1.5 × its scale-1 cost; the reference, which reads the
 * whole ledger, is expected to grow with the data.
 */
const MAX_GROWTH = 1.5;
type Side = { p50Ms: number; cpuMsPerRequest: number; dbCpuMsPerRequest: number | null };
type Run = { scale: number; at: string; results: Array<{ scenario: string; ours: Side; reference: Side }> };

const [a, b] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Run);
if (!a || !b) {
  console.error('usage: npm run bench:growth -- <scale-1 run>.json <scale-N run>.json');
  process.exit(2);
}
const cost = (s: Side) => s.cpuMsPerRequest + (s.dbCpuMsPerRequest ?? 0);
const x = (after: number, before: number) => (before > 0 ? after / before : NaN);
console.log(
  `| report | ours p50 ×  | ours CPU (server + database) × | reference p50 × | reference CPU × | ours ≤ ${MAX_GROWTH} × |`,
);
console.log('|---|---|---|---|---|---|');
for (const r1 of a.results.filter((r) => /Report/.test(r.scenario))) {
  const r2 = b.results.find((r) => r.scenario === r1.scenario);
  if (!r2) continue;
  const p50 = x(r2.ours.p50Ms, r1.ours.p50Ms);
  const cpu = x(cost(r2.ours), cost(r1.ours));
  console.log(
    `| ${r1.scenario} (scale ${a.scale} → ${b.scale}) | ${p50.toFixed(2)} | ${cpu.toFixed(2)} | ${x(r2.reference.p50Ms, r1.reference.p50Ms).toFixed(2)} | ${x(cost(r2.reference), cost(r1.reference)).toFixed(2)} | ${p50 <= MAX_GROWTH && cpu <= MAX_GROWTH ? 'yes' : 'NO'} |`,
  );
}
