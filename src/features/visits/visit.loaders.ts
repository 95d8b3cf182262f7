import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { placeholders, selectPlainEntities } from '../../db/plain-entities';
import type { UnselectedFields } from '../../graphql/unselected-fields';
import { byIdLoader } from '../../db/loaders';
import { seesAllVisits } from './visit.service';
import { Visit } from './visit.entity';
import { VisitRequest } from './visit-request.entity';

export const visitByIdLoader = (db: DataSource) => byIdLoader(db, Visit);
export const visitRequestByIdLoader = (db: DataSource) => byIdLoader(db, VisitRequest);

/** One customer's recent visits, as this request may see them and asks for them. */
export interface RecentVisitsKey {
  customerId: number;
  limit: number;
  /** Only this salesperson's visits, or null for everyone's. */
  salespersonId: number | null;
  /** The fields the query does not ask for (their columns are not read), or null. */
  unread: UnselectedFields | null;
}

export function recentVisitsKey(
  actor: Actor,
  customerId: number,
  limit: number,
  unread: UnselectedFields | null,
): RecentVisitsKey {
  return { customerId, limit, salespersonId: seesAllVisits(actor) ? null : actor.id, unread };
}

/** Keys that differ only by customer are one statement. */
const groupOf = (k: RecentVisitsKey) => `${k.limit}|${k.salespersonId ?? '*'}|${k.unread?.id ?? ''}`;

/**
 * Recent visits of a page of customers in one statement: ROW_NUMBER() per customer, newest
 * planned first (works on MariaDB 10.2+, MySQL 8 and SQLite 3.25+). The numbering reads only the
 * `(customerId, salespersonId, plannedAt)` index, a salesperson's own visits included, and the rows it
 * keeps are then joined by id. Measured on MariaDB per statement: about half the database's time of
 * numbering through a `customerId` index and `id IN (...)`; and with the salesperson in the index, a
 * salesperson's 100-customer page 13.5 → 5.0 ms (it read every visit's row to check whose it was).
 * Columns of the fields the query does not ask for are not read (unselected-fields.ts): the lists
 * go to no other loader.
 */
export function recentVisitsLoader(db: DataSource) {
  return new DataLoader<RecentVisitsKey, Visit[], string>(
    async (keys) => {
      const groups = new Map<string, { first: RecentVisitsKey; customerIds: number[] }>();
      for (const key of keys) {
        const name = groupOf(key);
        const group = groups.get(name);
        if (group) group.customerIds.push(key.customerId);
        else groups.set(name, { first: key, customerIds: [key.customerId] });
      }
      const found = new Map<string, Map<number, Visit[]>>();
      for (const [name, { first, customerIds }] of groups) {
        const sp = first.salespersonId;
        const { entities: rows } = await selectPlainEntities<Visit>(
          db,
          Visit,
          { alias: 'v', skip: first.unread },
          `INNER JOIN (SELECT x.id AS id, ROW_NUMBER() OVER (PARTITION BY x.customerId ORDER BY x.plannedAt DESC, x.id DESC) AS rn FROM visit x WHERE x.customerId IN (${placeholders(customerIds.length)})${sp === null ? '' : ' AND x.salespersonId = ?'}) t ON t.id = v.id AND t.rn <= ? ORDER BY v.plannedAt DESC, v.id DESC`,
          sp === null ? [...customerIds, first.limit] : [...customerIds, sp, first.limit],
        );
        const byCustomer = new Map<number, Visit[]>();
        for (const v of rows) {
          const list = byCustomer.get(v.customerId);
          if (list) list.push(v);
          else byCustomer.set(v.customerId, [v]);
        }
        found.set(name, byCustomer);
      }
      return keys.map((k) => found.get(groupOf(k))?.get(k.customerId) ?? []);
    },
    { cacheKeyFn: (k) => `${groupOf(k)}|${k.customerId}` },
  );
}
