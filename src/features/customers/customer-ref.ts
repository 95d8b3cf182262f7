import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../errors';
import { forUpdate } from '../../db/locking';
import { parseId, parseIdArg } from '../../graphql/ids';
import { Customer } from './customer.entity';

export interface LoadCustomerOptions {
  /** Lock the row for the transaction: changes to one customer's money and terms then take turns. */
  lock?: boolean;
  /**
   * The argument the id came from, when the caller names it in a form (a visit, a customer's own
   * record): an id that cannot be one is then BAD_USER_INPUT on that field; without it, NOT_FOUND.
   */
  field?: string;
}

/** The one way any feature loads a customer by id: the customer, or NOT_FOUND. */
export async function loadCustomer(manager: EntityManager, id: string | number, options: LoadCustomerOptions = {}): Promise<Customer> {
  const n = options.field ? parseIdArg(id, options.field) : parseId(id, 'Customer');
  const qb = manager.getRepository(Customer).createQueryBuilder('c').where('c.id = :id', { id: n });
  const customer = await (options.lock ? forUpdate(manager, qb) : qb).getOne();
  if (!customer) throw new NotFoundError('Customer', String(id));
  return customer;
}
