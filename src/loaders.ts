import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsUtils, In, ObjectLiteral } from 'typeorm';
import { getPlainEntities } from './db/plain-entities';
import { Staff } from './features/staff/staff.entity';
import { Customer } from './features/customers/customer.entity';
import { OrderOrganizingSheet } from './features/warehouse-orders/order-organizing-sheet.entity';
import { WarehouseOrder } from './features/warehouse-orders/warehouse-order.entity';
import { recentVisitsLoader, visitByIdLoader, visitRequestByIdLoader } from './features/visits/visit.loaders';
import { contactPersonsLoader, contactReadRecorder, ownershipHistoryLoader, satisfactionScoresLoader } from './features/customers/customer.loaders';
import { Consignment } from './features/consignments/consignment.entity';
import { ApprovalRequest } from './features/approvals/approval-request.entity';
import { signoffLoaders } from './features/signoffs/signoff.loaders';
import { statementLoaders } from './features/statements/statement.loaders';
import { receivableLoaders } from './features/receivables/receivable.loaders';

/**
 * Every batched relation, created fresh per request: a field resolver that follows a relation
 * asks a loader, which answers the whole page with one `WHERE id IN (...)`.
 */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    // A query builder rather than find() (which re-walks its options on every call): plain rows
    // when the entity has no eager relations, else those joined as find() would.
    const repository = db.getRepository(entity);
    const qb = repository.createQueryBuilder('x').where('x.id IN (:...ids)', { ids: [...ids] });
    let rows: T[];
    if (repository.metadata.eagerRelations.length) {
      FindOptionsUtils.joinEagerRelations(qb, qb.alias, repository.metadata);
      rows = await qb.getMany();
    } else {
      rows = (await getPlainEntities(qb)).entities;
    }
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Groups rows by a key column: one query for all keys, an array per key (empty when none). */
export function groupLoader<K extends string | number, T>(load: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K) {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<K, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** `today`: the company's current day, for loaders that age money. */
export function createLoaders(db: DataSource, today: () => string) {
  return {
    staff: byIdLoader(db, Staff),
    customer: byIdLoader(db, Customer),
    orderSheet: byIdLoader(db, OrderOrganizingSheet),
    warehouseOrdersBySheet: groupLoader<number, WarehouseOrder>((ids) => db.getRepository(WarehouseOrder).find({ where: { sheetId: In(ids) }, order: { id: 'ASC' } }), (o) => o.sheetId!),
    contactPersonsByCustomer: contactPersonsLoader(db),
    contactReads: contactReadRecorder(db),
    ownershipHistoryByCustomer: ownershipHistoryLoader(db),
    satisfactionScoresBySurvey: satisfactionScoresLoader(db),
    visitById: visitByIdLoader(db),
    visitRequestById: visitRequestByIdLoader(db),
    consignment: byIdLoader(db, Consignment),
    approvalRequest: byIdLoader(db, ApprovalRequest),
    ...signoffLoaders(db),
    ...statementLoaders(db),
    ...receivableLoaders(db, today),
    recentVisits: recentVisitsLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
