import { TestApp, Caller } from './app';
import { Customer } from '../../src/features/customers/customer.entity';
import { CustomerPhone } from '../../src/features/customers/customer-phone.entity';
import { CustomerStatus, SettlementMethod } from '../../src/features/customers/customer-enums';
import { customerNameKey, normalizeCustomerName } from '../../src/features/customers/customer-identity';

let seq = 0;

/**
 * Inserts a customer owned by `owner` directly (not through the API), for tests of features
 * that need one. Unique name and phone per call; override any column.
 */
export async function makeCustomer(app: TestApp, owner: Caller, overrides: Partial<Customer> = {}): Promise<Customer> {
  const n = ++seq;
  const stamp = `${process.pid}${Date.now() % 100000}${n}`;
  const name = overrides.name ?? `Test Customer ${stamp}`;
  const repo = app.db.getRepository(Customer);
  const saved = await repo.save(
    repo.create({
      name,
      normalizedName: normalizeCustomerName(name),
      nameKey: customerNameKey(name),
      creditCode: null,
      contactName: 'Contact Person',
      contactPhone: `139${stamp}`.slice(0, 20),
      address: 'Some Road 1',
      notes: null,
      status: CustomerStatus.ACTIVE,
      ownerId: owner.staff.id,
      settlementMethod: SettlementMethod.CASH,
      freightRate: 30000,
      paymentTermDays: 30,
      storageRate: null,
      latitude: null,
      longitude: null,
      ...overrides,
    }),
  );
  // Its phone is held like one registered through the API (first contact covers it).
  await app.db.getRepository(CustomerPhone).insert({ phone: saved.contactPhone, customerId: saved.id });
  return saved;
}
