import { machineTicks, stealShare } from '../../bench/lib/process-stats';

describe("the machine's steal time", () => {
  it('reads the eight CPU fields of /proc/stat, not the guest time counted in user already', () => {
    const stat = 'cpu  452465 0 40157 1482406 1739 0 9813 11032 500 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n';
    expect(machineTicks(stat)).toEqual({ total: 452465 + 40157 + 1482406 + 1739 + 9813 + 11032, steal: 11032 });
  });

  it('is the share of the time between two readings the host gave to other guests', () => {
    const before = machineTicks('cpu  1000 0 100 800 0 0 0 100 0 0\n');
    const after = machineTicks('cpu  1100 0 110 870 0 0 0 120 0 0\n');
    expect(stealShare(before, after)).toBeCloseTo(20 / 200);
    expect(stealShare(after, after)).toBe(0);
  });

  it('reads this machine', () => {
    const t = machineTicks();
    expect(t.total).toBeGreaterThan(0);
    expect(t.steal).toBeGreaterThanOrEqual(0);
    expect(t.steal).toBeLessThanOrEqual(t.total);
  });
});
