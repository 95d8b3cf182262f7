import { evaluateTargets, ScenarioFigures } from '../../bench/lib/targets';

const dashboard = (scenario: string, sqlPerRequest: number, throughputRatio = 1): ScenarioFigures => ({
  scenario,
  throughputRatio,
  p99OverP50: 2,
  ours: { sqlPerRequest, dbCpuMsPerRequest: 1 },
  reference: { dbCpuMsPerRequest: 1 },
});
const sqlTarget = (results: ScenarioFigures[]) =>
  evaluateTargets(results, 200).find((t) => t.target.startsWith('SQL statements'))!;

describe('the benchmark targets', () => {
  it('hold the dashboard SQL count constant across page sizes for each caller, not across callers', () => {
    const t = sqlTarget([
      dashboard('dashboard first:10 as salesperson', 5),
      dashboard('dashboard first:50 as salesperson', 5),
      dashboard('dashboard first:10 as manager', 6),
      dashboard('dashboard first:50 as manager', 6),
    ]);
    expect(t).toMatchObject({ figure: 'salesperson 5 / 5, manager 6 / 6', met: true });
  });

  it("miss when one caller's count grows with the page, or passes 6", () => {
    expect(
      sqlTarget([dashboard('dashboard first:10 as manager', 6), dashboard('dashboard first:50 as manager', 7)]).met,
    ).toBe(false);
    expect(sqlTarget([dashboard('dashboard first:10 as manager', 7)]).met).toBe(false);
  });

  it('miss a throughput below 0.7 x the reference', () => {
    const [low, ok] = evaluateTargets(
      [dashboard('dashboard first:10 as manager', 6, 0.69), dashboard('dashboard first:50 as manager', 6, 0.7)],
      200,
    );
    expect([low.met, ok.met]).toEqual([false, true]);
  });

  it("judge the tail on ours alone, naming the reference's tail beside it", () => {
    const tail = (results: ScenarioFigures[]) => evaluateTargets(results, 200).find((t) => t.target.startsWith('p99'))!;
    const a = { ...dashboard('dashboard first:10 as manager', 4), p99OverP50: 3.2, referenceP99OverP50: 3.6 };
    const b = { ...dashboard('dashboard first:50 as manager', 4), p99OverP50: 2.5, referenceP99OverP50: 3.9 };
    expect(tail([a, b])).toEqual({
      target: 'p99 ≤ 3 × p50 (every scenario)',
      figure: 'worst 3.2 × (dashboard first:10 as manager); the reference 3.6 × there, 3.9 × at its worst',
      met: false,
    });
    expect(tail([{ ...a, p99OverP50: 3 }, b]).met).toBe(true);
  });
});
