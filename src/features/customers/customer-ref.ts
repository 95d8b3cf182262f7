import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../errors';
import { forUpdate } from '../../db/locking';
import { parseIdArg } from '../../graphql/ids';
import { Customer } from './customer.entity';

export interface LoadCustomerOptions {
  /** Lock the row for the transaction: changes to one customer's money and terms then take turns. */
  lock?: boolean;
  /**
   * The argument or input field the id came from (default `customerId`): an id that cannot be one
   * is BAD_USER_INPUT naming it (the one id policy, docs/api.md "Ids").
   */
  field?: string;
}

/**
 * The one way any feature loads a customer by id: the customer, BAD_USER_INPUT for a malformed id,
 * NOT_FOUND for a well-formed id that names no customer.
 */
export async function loadCustomer(
  manager: EntityManager,
  id: string | number,
  options: LoadCustomerOptions = {},
): Promise<Customer> {
  const n = parseIdArg(id, options.field ?? 'customerId');
  const qb = manager.getRepository(Customer).createQueryBuilder('c').where('c.id = :id', { id: n });
  const customer = await (options.lock ? forUpdate(manager, qb) : qb).getOne();
  if (!customer) throw new NotFoundError('Customer', String(id).slice(0, 20));
  return customer;
}
