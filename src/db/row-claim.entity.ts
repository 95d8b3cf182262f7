import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row that a transaction locked, written so that a multi-primary cluster sees the lock.
 *
 * On one server a locking read (`SELECT ... FOR UPDATE`) makes a second transaction wait. On a
 * Galera cluster that lock exists on one node only: a transaction on another node reads the same
 * row unhindered, and both commit unless they WROTE a common row. So on a cluster every locking
 * read also bumps this table's row for what it locked (`customer:42`): two transactions that lock
 * one customer on two nodes now write one row, Galera certifies one and fails the other with a
 * deadlock error at commit, and inTransaction retries it with fresh reads. Unused on a single
 * server and on SQLite. Never exposed.
 */
@Entity('row_claim')
export class RowClaim {
  /** `<table>:<primary key>` of the locked row (every key column, comma-separated; see rowClaimNames). */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  name: string;

  /** Bumped by every claim: a write is what Galera certifies. */
  @Column({ type: 'bigint', default: 0 })
  claims: string;
}
