import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/time';
import { marketCommands } from './market-commands';
import { MarketModel } from './market-model';
import { MarketWorld, startDay } from './market-world';

/**
 * Random sequences of operations by random roles against the real server, with the invariants of
 * the rules checked after every step (see market-invariants.ts). CI runs a fixed seed and a few
 * hundred steps; `npm run test:model` runs longer (MODEL_STEPS, MODEL_SEED). A failure prints the
 * seed and the command sequence; fast-check replays it with the same seed.
 */
const STEPS = Number(process.env.MODEL_STEPS ?? 320);
const SEED = Number(process.env.MODEL_SEED ?? 20261130);
const RUNS = Math.max(1, Math.ceil(STEPS / 80));

let world: MarketWorld;
let terms = false;
/** The first day of every run, fixed before the clock is faked (the faked clock moves). */
let first: string;

beforeAll(async () => {
  world = await MarketWorld.start();
  first = startDay(world.app.config.timeZone, 80);
  terms = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8').includes('requestTermsChange(');
  // Only Date is faked: the model moves the company's day; timers and I/O run for real.
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}, 120_000);

afterAll(async () => {
  jest.useRealTimers();
  await world?.stop();
});

it(
  `market invariants hold over random operations (seed ${SEED}, about ${STEPS} steps)`,
  async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...marketCommands({ terms })), {
          minLength: Math.ceil(STEPS / RUNS),
          maxLength: Math.ceil(STEPS / RUNS),
        }),
        async (commands) => {
          const model = new MarketModel(first, addDays(first, 70), world.app.config.defaultStorageRate);
          world.setToday(first);
          try {
            await fc.asyncModelRun(() => ({ model, real: world }), commands);
          } finally {
            steps += model.steps;
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, verbose: 2, endOnFailure: process.env.MODEL_SHRINK !== '1' },
    );

    console.log(
      `model: ${steps} steps in ${RUNS} runs, seed ${SEED}\n${[...world.outcomes]
        .sort()
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n')}`,
    );
    // Steps whose preconditions fail are skipped; most must run, or the seed explores little.
    expect(steps).toBeGreaterThan(STEPS / 4);
  },
  Math.max(600_000, STEPS * 1_000),
);
