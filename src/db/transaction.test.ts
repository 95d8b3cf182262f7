import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { inTransaction } from './transaction';
import { ConflictError } from '../errors';

/** inTransaction on MySQL: deadlocks and lock-wait timeouts are retried a bounded number of times, then CONFLICT. */
function fakeMysql(): DataSource {
  return {
    options: { type: 'mysql' },
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work({} as EntityManager),
  } as unknown as DataSource;
}

const driverFailure = (code: string) => new QueryFailedError('UPDATE x', [], Object.assign(new Error(code), { code }));

describe('inTransaction retries', () => {
  it.each(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'])(
    'retries %s three times in all, then reports CONFLICT',
    async (code) => {
      const work = jest.fn(async () => {
        throw driverFailure(code);
      });
      const error = await inTransaction(fakeMysql(), work).catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.extensions.code).toBe('CONFLICT');
      expect(work).toHaveBeenCalledTimes(3);
    },
  );

  it('returns the result of a retry that succeeds', async () => {
    let calls = 0;
    const result = await inTransaction(fakeMysql(), async () => {
      if (++calls < 3) throw driverFailure('ER_LOCK_DEADLOCK');
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('does not retry other errors', async () => {
    const work = jest.fn(async () => {
      throw driverFailure('ER_DUP_ENTRY');
    });
    await expect(inTransaction(fakeMysql(), work)).rejects.toBeInstanceOf(QueryFailedError);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
