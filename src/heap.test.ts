import { HEAP_GROWING_PERCENT, NO_PRETENURING, tuneHeap } from './heap';

describe('tuneHeap', () => {
  it('sets a 2 x heap growth and turns allocation-site pretenuring off when node was started without either', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(tuneHeap([])).toEqual(['--heap-growing-percent=100', NO_PRETENURING]);
  });

  it('leaves a setting given on the command line alone', () => {
    expect(tuneHeap(['--heap-growing-percent=50'])).toEqual([NO_PRETENURING]);
    expect(tuneHeap(['--allocation-site-pretenuring'])).toEqual(['--heap-growing-percent=100']);
    expect(tuneHeap(['--no-allocation-site-pretenuring', '--heap-growing-percent=80'])).toEqual([]);
  });
});
