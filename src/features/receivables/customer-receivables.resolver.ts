import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { hasRole } from '../../auth/actor';
import { Context } from '../../context';
import { getPlainEntities } from '../../db/plain-entities';
import { Fen } from '../../graphql/money';
import { Customer } from '../customers/customer.entity';
import { Receivable } from './receivable.entity';
import { MONEY_READERS } from './row-filter';

/**
 * Unsettled receivables of a page of customers, oldest due first, in one statement; what each has
 * been paid is primed into `settledLoader` so `outstanding`/`settled`/`overdue` cost nothing more.
 */
export function openReceivablesLoader(db: DataSource, settledLoader: DataLoader<number, Fen>) {
  return new DataLoader<number, Receivable[]>(async (customerIds) => {
    const settledSql = 'COALESCE((SELECT SUM(pa.amount) FROM payment_allocation pa WHERE pa.receivableId = r.id), 0)';
    const { entities, raw } = await getPlainEntities(
      db
        .getRepository(Receivable)
        .createQueryBuilder('r')
        .where('r.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
        .andWhere(`r.amount > ${settledSql}`)
        .orderBy('r.dueDate', 'ASC')
        .addOrderBy('r.id', 'ASC'),
      { settled_sum: settledSql },
    );
    const byCustomer = new Map<number, Receivable[]>();
    entities.forEach((r, i) => {
      settledLoader.prime(r.id, Number((raw[i] as { settled_sum: string | number }).settled_sum ?? 0));
      const list = byCustomer.get(r.customerId);
      if (list) list.push(r);
      else byCustomer.set(r.customerId, [r]);
    });
    return customerIds.map((id) => byCustomer.get(id) ?? []);
  });
}

@Resolver(() => Customer)
export class CustomerReceivablesResolver {
  @FieldResolver(() => [Receivable], {
    description:
      'The customer\'s receivables (应收款) not yet fully paid, oldest due date first. Like `receivables`, a salesperson sees them only for customers they own (an empty list otherwise); DIRECTOR, MANAGER, ASSISTANT_MANAGER and COLLECTOR see all. One statement for a whole page of customers.',
  })
  openReceivables(@Root() c: Customer, @Ctx() ctx: Context) {
    const actor = ctx.actor;
    if (!actor) return [];
    if (!hasRole(actor, ...MONEY_READERS) && c.ownerId !== actor.id) return [];
    return ctx.loaders.openReceivablesByCustomer.load(c.id);
  }
}
