import { HEAP_GROWING_PERCENT, tuneHeapGrowth } from './heap';

describe('tuneHeapGrowth', () => {
  it('sets a 2 x heap growth when node was started without one', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(tuneHeapGrowth([])).toBe('--heap-growing-percent=100');
  });

  it('leaves a growth given on the command line alone', () => {
    expect(tuneHeapGrowth(['--heap-growing-percent=50'])).toBeNull();
  });
});
