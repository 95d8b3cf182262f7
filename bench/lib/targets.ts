/**
 * The performance targets the benchmark reports on (figures, not timed tests: each run says which
 * are met). Ratios are against the hand-written reference (bench/reference/).
 */
export interface ScenarioFigures {
  scenario: string;
  throughputRatio: number;
  p99OverP50: number;
  /** The reference's own p99 / p50 in the same scenario: the floor the machine and load set. */
  referenceP99OverP50?: number;
  ours: { sqlPerRequest: number; dbCpuMsPerRequest: number | null };
  reference: { dbCpuMsPerRequest: number | null };
}

export interface TargetResult {
  target: string;
  figure: string;
  met: boolean | null;
}

const MIN_RATIO = 0.7;
const MAX_REPORT_DB_CPU_RATIO = 1.3;
const MAX_TAIL = 3;
const MAX_RSS_MB = 250;
const MAX_DASHBOARD_SQL = 6;

const isDashboard = (s: ScenarioFigures) => s.scenario.startsWith('dashboard');
const isReport = (s: ScenarioFigures) => /Report/.test(s.scenario);

export function evaluateTargets(results: ScenarioFigures[], peakRssMb: number): TargetResult[] {
  const out: TargetResult[] = [];
  for (const s of results.filter((r) => isDashboard(r) || isReport(r))) {
    out.push({
      target: `${s.scenario}: throughput ≥ ${MIN_RATIO} × reference`,
      figure: `${s.throughputRatio.toFixed(2)} ×`,
      met: s.throughputRatio >= MIN_RATIO,
    });
  }
  for (const s of results.filter(isReport)) {
    const o = s.ours.dbCpuMsPerRequest;
    const r = s.reference.dbCpuMsPerRequest;
    const ratio = o !== null && r !== null && r > 0 ? o / r : null;
    out.push({
      target: `${s.scenario}: database CPU ≤ ${MAX_REPORT_DB_CPU_RATIO} × reference's`,
      figure:
        ratio === null
          ? 'not measured (database process not found)'
          : `${o!.toFixed(2)} / ${r!.toFixed(2)} ms = ${ratio.toFixed(2)} ×`,
      met: ratio === null ? null : ratio <= MAX_REPORT_DB_CPU_RATIO,
    });
  }
  const tails = results.map((s) => s.p99OverP50);
  const worst = results[tails.indexOf(Math.max(...tails))];
  out.push({
    target: `p99 ≤ ${MAX_TAIL} × p50 (every scenario)`,
    figure:
      `worst ${worst?.p99OverP50.toFixed(1)} × (${worst?.scenario})` +
      (worst?.referenceP99OverP50 === undefined
        ? ''
        : `; the reference ${worst.referenceP99OverP50.toFixed(1)} × there, ${Math.max(...results.map((s) => s.referenceP99OverP50 ?? 0)).toFixed(1)} × at its worst`),
    met: tails.every((t) => t <= MAX_TAIL),
  });
  out.push({
    target: `peak RSS < ${MAX_RSS_MB} MB`,
    figure: `${peakRssMb.toFixed(0)} MB`,
    met: peakRssMb < MAX_RSS_MB,
  });
  // Per caller: a salesperson's own customers name their owner from the caller lookup, one statement fewer.
  const byCaller = new Map<string, number[]>();
  for (const s of results.filter(isDashboard)) {
    const caller = / as (\w+)$/.exec(s.scenario)?.[1] ?? s.scenario;
    byCaller.set(caller, [...(byCaller.get(caller) ?? []), Math.round(s.ours.sqlPerRequest * 10) / 10]);
  }
  if (byCaller.size)
    out.push({
      target: `SQL statements per dashboard request constant across page sizes (per caller) and ≤ ${MAX_DASHBOARD_SQL}`,
      figure: [...byCaller].map(([caller, counts]) => `${caller} ${counts.join(' / ')}`).join(', '),
      met: [...byCaller.values()].every(
        (counts) => counts.every((n) => n === counts[0]) && Math.max(...counts) <= MAX_DASHBOARD_SQL,
      ),
    });
  return out;
}

export function targetsMarkdown(t: TargetResult[]): string[] {
  return [
    '| target | this run | met |',
    '|---|---|---|',
    ...t.map((x) => `| ${x.target} | ${x.figure} | ${x.met === null ? '–' : x.met ? 'yes' : 'NO'} |`),
  ];
}
