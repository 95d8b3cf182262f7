import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../errors';
import { forUpdate } from '../../db/locking';
import { parseId } from '../../graphql/ids';
import { Customer } from '../customers/customer.entity';

/**
 * Loads a customer for a money or approval feature, or throws NOT_FOUND. With `lock` the row is
 * locked for the transaction: changes to one customer's money and terms then take turns.
 */
export async function loadCustomer(manager: EntityManager, id: string | number, lock = false): Promise<Customer> {
  const qb = manager.getRepository(Customer).createQueryBuilder('c').where('c.id = :id', { id: parseId(id, 'Customer') });
  const customer = await (lock ? forUpdate(manager, qb) : qb).getOne();
  if (!customer) throw new NotFoundError('Customer', String(id));
  return customer;
}
