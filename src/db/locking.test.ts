import { DataSource } from 'typeorm';
import { entities } from './entities';
import { rowClaimNames } from './locking';
import { Customer } from '../features/customers/customer.entity';
import { CustomerMonthBalance } from '../features/ledger/customer-month-balance.entity';

/**
 * A row claim stands for one locked row: two transactions must claim the same name exactly when they
 * lock the same row, whatever the shape of the table's primary key.
 */
describe('row claim names', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities });
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('name a row by its table and id', () => {
    const meta = ds.getMetadata(Customer);
    expect(rowClaimNames(meta, [{ id: 42 }, { id: 7 }])).toEqual(['customer:42', 'customer:7']);
  });

  it('name a row of a composite key by every key column, so two customers never share a claim', () => {
    const meta = ds.getMetadata(CustomerMonthBalance);
    const names = rowClaimNames(meta, [
      { customerId: 1, month: '2026-11' },
      { customerId: 2, month: '2026-11' },
    ]);
    expect(names).toEqual(['customer_month_balance:1,2026-11', 'customer_month_balance:2,2026-11']);
    expect(new Set(names).size).toBe(2);
  });

  it('refuses a row whose key was not selected rather than claiming a shared name', () => {
    expect(() => rowClaimNames(ds.getMetadata(CustomerMonthBalance), [{ month: '2026-11' }])).toThrow(/customerId/);
  });
});
