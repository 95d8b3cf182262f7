import DataLoader from 'dataloader';
import { whenSettled } from './receivable.loaders';

/** A loader over fixed sums, counting what it is asked for. */
function loadersOver(sums: Record<number, number>) {
  const asked: number[][] = [];
  const receivableSettled = new DataLoader<number, number>(async (ids) => {
    asked.push([...ids]);
    return ids.map((id) => sums[id] ?? 0);
  });
  return { loaders: { receivableSettled, receivableSettledKnown: new Map<number, number>() }, asked };
}

describe('whenSettled', () => {
  it('answers in the same call what the request already knows, without the loader', () => {
    const { loaders, asked } = loadersOver({ 1: 500 });
    loaders.receivableSettledKnown.set(1, 300);
    expect(whenSettled(loaders, 1, (s) => 1000 - s)).toBe(700);
    expect(asked).toEqual([]);
  });

  it('reads what it does not know through the loader, once, and then knows it', async () => {
    const { loaders, asked } = loadersOver({ 2: 250 });
    const first = whenSettled(loaders, 2, (s) => s);
    expect(first).toBeInstanceOf(Promise);
    await expect(first).resolves.toBe(250);
    expect(whenSettled(loaders, 2, (s) => s + 1)).toBe(251);
    expect(asked).toEqual([[2]]);
  });

  it('keeps the first value the request knew, as a loader cache does', async () => {
    const { loaders } = loadersOver({ 3: 100 });
    const read = whenSettled(loaders, 3, (s) => s);
    // Known meanwhile (a page's open receivables read while the load was on its way): it stays.
    loaders.receivableSettledKnown.set(3, 40);
    await expect(read).resolves.toBe(40);
    expect(whenSettled(loaders, 3, (s) => s)).toBe(40);
  });
});
