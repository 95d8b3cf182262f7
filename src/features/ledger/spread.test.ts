import { spreadOldestFirst } from './spread';

describe('settlement: oldest open amount first', () => {
  it('pays off the oldest before touching the next, and leaves the rest as credit', () => {
    expect(spreadOldestFirst(15000, [10000, 8000, 3000])).toEqual({ taken: [10000, 5000, 0], left: 0 });
    expect(spreadOldestFirst(25000, [10000, 8000, 3000])).toEqual({ taken: [10000, 8000, 3000], left: 4000 });
  });

  it('pays exactly to the fen, part of one, or nothing', () => {
    expect(spreadOldestFirst(18000, [10000, 8000])).toEqual({ taken: [10000, 8000], left: 0 });
    expect(spreadOldestFirst(1, [10000, 8000])).toEqual({ taken: [1, 0], left: 0 });
    expect(spreadOldestFirst(0, [10000])).toEqual({ taken: [0], left: 0 });
    expect(spreadOldestFirst(500, [])).toEqual({ taken: [], left: 500 });
  });

  it('skips what has nothing open and never takes more than is open', () => {
    expect(spreadOldestFirst(5000, [0, -200, 3000, 4000])).toEqual({ taken: [0, 0, 3000, 2000], left: 0 });
  });

  it('never creates or loses a fen', () => {
    for (const [amount, open] of [
      [7, [3, 3, 3]],
      [123456, [99999, 1, 50000]],
      [10, [0, 0]],
    ] as Array<[number, number[]]>) {
      const { taken, left } = spreadOldestFirst(amount, open);
      expect(taken.reduce((a, b) => a + b, 0) + left).toBe(amount);
      taken.forEach((t, i) => expect(t).toBeLessThanOrEqual(Math.max(open[i], 0)));
    }
  });
});
