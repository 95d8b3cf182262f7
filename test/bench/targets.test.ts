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
});
