import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { Caller, ClientError, TestApp } from '../support/app';
import { makeHeads } from '../support/money-factories';
import { loadConfig } from '../../src/config';
import { Department, Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The staff the model acts as: one real account and token per role (two salespeople). */
export type ActorKey = 'director' | 'manager' | 'sp0' | 'sp1' | 'collector' | 'dispatcher' | 'assistant';
export const ACTOR_KEYS: ActorKey[] = ['director', 'manager', 'sp0', 'sp1', 'collector', 'dispatcher', 'assistant'];
export const SALESPEOPLE: ActorKey[] = ['sp0', 'sp1'];
export const DEPARTMENTS = [
  Department.MARKET,
  Department.DISPATCH,
  Department.WAREHOUSE,
  Department.FINANCE,
  Department.OPERATIONS,
];

/** What the rules allow as outcomes; anything else (INTERNAL_SERVER_ERROR above all) fails the run. */
export type Outcome =
  | 'OK'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_NOT_APPROVED'
  | 'PICKUP_CONDITIONS_NOT_MET'
  | 'BAD_USER_INPUT'
  | 'SELF_APPROVAL';

/**
 * The real server and the people in it. "Today" is the company's day under a clock the model moves
 * forward (only Date is faked, so timers, sockets and the databases run as usual): days pass, due
 * dates fall behind, promises expire, and a rate approved on one day is in force on the next.
 */
export class MarketWorld {
  readonly actors = {} as Record<ActorKey, Caller>;
  readonly heads = {} as Record<Department, Caller>;
  private clock = 0;
  /** How often each operation ended how: shows which paths a seed reached. */
  readonly outcomes = new Map<string, number>();

  private constructor(readonly app: TestApp) {}

  static async start(): Promise<MarketWorld> {
    // Tokens must outlive the days the model lets pass.
    const base = loadConfig({ NODE_ENV: 'test' });
    const app = await TestApp.start({ jwt: { ...base.jwt, ttlSeconds: 3 * 365 * 86_400 } });
    const world = new MarketWorld(app);
    const roles: Record<ActorKey, Role> = {
      director: Role.DIRECTOR,
      manager: Role.MANAGER,
      sp0: Role.SALESPERSON,
      sp1: Role.SALESPERSON,
      collector: Role.COLLECTOR,
      dispatcher: Role.DISPATCHER,
      assistant: Role.ASSISTANT_MANAGER,
    };
    for (const key of ACTOR_KEYS) world.actors[key] = await app.staff(roles[key], { name: `model ${key}` });
    Object.assign(world.heads, await makeHeads(app, DEPARTMENTS));
    return world;
  }

  /** Sets the company's day to `date` (noon there, so the day is unambiguous). */
  setToday(date: string): void {
    this.clock = Date.parse(`${date}T04:00:00Z`);
    jest.setSystemTime(this.clock);
    const seen = localDateIn(this.app.config.timeZone, new Date());
    if (seen !== date) throw new Error(`the clock shows ${seen}, not ${date}`);
  }

  /** Keeps the faked clock ticking forward within the day, so instants stay ordered. */
  tick(): void {
    this.clock += 1000;
    jest.setSystemTime(this.clock);
  }

  async call<TData = any, TVars extends Record<string, unknown> = Record<string, unknown>>(
    actor: ActorKey | Department,
    query: TypedDocumentNode<TData, TVars> | string,
    variables: TVars = {} as TVars,
  ) {
    this.tick();
    const caller = (ACTOR_KEYS as string[]).includes(actor)
      ? this.actors[actor as ActorKey]
      : this.heads[actor as Department];
    const result = await this.app.exec<TData, TVars>(query, variables, caller);
    const key = `${firstField(query)} ${outcomeOf(result.errors)}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    // Whatever else the rules allow, a server error never is.
    if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      throw new Error(
        `${actor} ${firstField(query)} ${JSON.stringify(variables)}: INTERNAL_SERVER_ERROR ${JSON.stringify(result.errors)}`,
      );
    }
    return result;
  }

  /** Runs an operation and insists its outcome is the one the model predicts; returns the data. */
  async expect<TData = any, TVars extends Record<string, unknown> = Record<string, unknown>>(
    expected: Outcome,
    actor: ActorKey | Department,
    query: TypedDocumentNode<TData, TVars> | string,
    variables: TVars = {} as TVars,
  ): Promise<TData> {
    const result = await this.call(actor, query, variables);
    const actual = outcomeOf(result.errors);
    if (actual !== expected) {
      throw new Error(
        `${actor} ${firstField(query)} ${JSON.stringify(variables)}: the model expected ${expected}, the server answered ${actual}: ${JSON.stringify(result.errors ?? result.data)}`,
      );
    }
    return result.data as TData;
  }

  stop(): Promise<void> {
    return this.app.stop();
  }
}

export function outcomeOf(errors: ClientError[] | undefined): string {
  if (!errors?.length) return 'OK';
  return String(errors[0].extensions?.code ?? 'NO_CODE');
}

/** The operation's first field (its alias skipped), to name it in outcomes and failures. */
function firstField(query: DocumentNode | string): string {
  if (typeof query === 'string') return /\{\s*(?:\w+\s*:\s*)?(\w+)/.exec(query)?.[1] ?? query.slice(0, 40);
  for (const def of query.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const first = def.selectionSet.selections[0];
    if (first?.kind === Kind.FIELD) return first.name.value;
  }
  return print(query).slice(0, 40);
}

/** A day before the real today, so every date the model uses is in the real past too. */
export function startDay(timeZone: string, daysBack: number): string {
  return addDays(localDateIn(timeZone, new Date()), -daysBack);
}

/** Fen <-> the API's Money strings. */
export function money(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function fen(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return NaN;
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not money: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0')));
}

/**
 * weight (grams) x rate (fen per tonne) / 1 000 000, half-up: the freight rule, computed apart from the product's code.
 */
export function freight(weightGrams: number, rateFen: number): number {
  return Number((BigInt(weightGrams) * BigInt(rateFen) * 2n + 1_000_000n) / 2_000_000n);
}
