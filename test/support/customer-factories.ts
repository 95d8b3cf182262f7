import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Caller, TestApp } from './app';
import { Customer } from '../../src/features/customers/customer.entity';
import { makeCustomer } from './factories';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Runs an operation: a graphql() document (typed variables and result) or, where the test sends a hand-written
 * document on purpose, a plain string (untyped).
 */
export function run<TData = any, TVars extends Record<string, unknown> = Record<string, unknown>>(
  app: TestApp,
  caller: Caller | string | null,
  query: TypedDocumentNode<TData, TVars> | string,
  variables: TVars = {} as TVars,
) {
  return app.exec<TData, TVars>(query, variables, caller);
}

/** Like run, but fails the test on any error. */
export function must<TData = any, TVars extends Record<string, unknown> = Record<string, unknown>>(
  app: TestApp,
  caller: Caller | string | null,
  query: TypedDocumentNode<TData, TVars> | string,
  variables: TVars = {} as TVars,
): Promise<TData> {
  return app.ok<TData, TVars>(query, variables, caller);
}

let phoneSeq = 0;

/** A unique, valid registration input. */
export function registration(overrides: Record<string, unknown> = {}) {
  const n = `${process.pid % 1000}${Date.now() % 1000000}${++phoneSeq}`;
  return {
    name: `Reg Co ${n}`,
    contactName: 'Mr Contact',
    contactPhone: `137${n}`.slice(0, 15),
    address: 'Secret Road 9',
    notes: 'private note',
    ...overrides,
  };
}

export async function customerRow(app: TestApp, id: number | string): Promise<Customer> {
  return app.db.getRepository(Customer).findOneOrFail({ where: { id: Number(id) } });
}

export async function count(app: TestApp, table: string, where = '1=1', params: unknown[] = []): Promise<number> {
  const rows = await app.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}

export { makeCustomer };
