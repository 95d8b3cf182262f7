import { DataSource, EntityManager } from 'typeorm';
import { containsPattern } from '../../db/like';
import { Actor, hasRole, isLeader } from '../../auth/actor';
import {
  BadUserInputError,
  ConflictError,
  CustomerAlreadyOwnedError,
  ForbiddenError,
  NotFoundError,
  must,
} from '../../errors';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { Filter, paginateFilter, Page, PageExtras } from '../../graphql/connection';
import type { CustomerPageColumn } from './customer-page-columns';
import { pageOwnersColumn } from './customer-page-owners';
import { recordAudit } from '../audit';
import { NotificationKind, recordNotification } from '../notifications';
import { Staff } from '../staff';
import { Role } from '../../domain/roles';
import { Customer } from './customer.entity';
import { CustomerStatus } from './customer-enums';
import { customerNameKey, mixedScripts, normalizeCreditCode, normalizeCustomerName } from './customer-identity';
import { claimPhone, parsePhone, phoneHolder } from './customer-phones';
import { assertCanActFor } from './customer-access';
import { ContactPerson } from './contact-person.entity';
import { OwnershipChange } from './ownership-change.entity';
import { CustomerFilter, RegisterCustomerInput, UpdateCustomerDetailsInput } from './customers.inputs';
import { parseIdArg } from '../../graphql/ids';
import { loadCustomer } from './customer-ref';

/** Parses an ID argument; anything that is not a positive integer is reported as `field`. */
const CREDIT_CODE = /^[0-9A-Z]{18}$/;

export interface IdentityKeys {
  normalizedName?: string | null;
  nameKey?: string | null;
  creditCode?: string | null;
  contactPhone?: string | null;
}

/** The answer to "is this customer registered already?": owner and first contact time, never contact data. */
export interface ProspectCheckResult {
  registered: boolean;
  customer: Customer | null;
  ownerId: number | null;
  firstContactAt: Date | null;
}

/** Registration (first contact wins), lookups, listing, reassignment and contact details of customers. */
export class CustomerService {
  /** What a page of customers can read with its rows: its owners, then what higher features hand in. */
  readonly pageColumns: readonly CustomerPageColumn[];

  /** `pageColumns`: what higher features have a page of customers read with it (customer-page-columns.ts). */
  constructor(
    private readonly db: DataSource,
    pageColumns: readonly CustomerPageColumn[] = [],
  ) {
    this.pageColumns = [pageOwnersColumn(db), ...pageColumns];
  }

  /** A customer by id (the `customerId` argument); NOT_FOUND when there is none. */
  async get(id: string | number, manager: EntityManager = this.db.manager): Promise<Customer> {
    return loadCustomer(manager, id, { field: 'customerId' });
  }

  /** The `customer(id)` query: null when no customer has this id; a malformed id is BAD_USER_INPUT on `id`. */
  async find(id: string): Promise<Customer | null> {
    const n = parseIdArg(id, 'id');
    return this.db.getRepository(Customer).findOne({ where: { id: n } });
  }

  /** Every customer (all staff may list them, to avoid duplicate work), newest first. */
  list(
    args: { first?: number | null; after?: string | null; filter?: CustomerFilter | null },
    extras: PageExtras<Customer> = {},
  ): Promise<Page<Customer>> {
    return paginateFilter(this.db, Customer, customerFilter(args.filter), args, extras);
  }

  /** The first registered customer that shares any identity key, or null. */
  async findByIdentity(keys: IdentityKeys, manager: EntityManager = this.db.manager): Promise<Customer | null> {
    const qb = manager.getRepository(Customer).createQueryBuilder('c');
    const ors: string[] = [];
    if (keys.nameKey) ors.push('c.nameKey = :nameKey');
    if (keys.creditCode) ors.push('c.creditCode = :creditCode');
    if (keys.contactPhone) {
      // Any phone the company holds for the customer: the main contact's or a contact person's.
      ors.push('c.contactPhone = :contactPhone');
      ors.push('c.id IN (SELECT cp.customerId FROM customer_phone cp WHERE cp.phone = :contactPhone)');
    }
    if (!ors.length) return null;
    return qb
      .where(`(${ors.join(' OR ')})`, keys)
      .orderBy('c.id', 'ASC')
      .getOne();
  }

  private identityOf(
    input: { name?: string | null; creditCode?: string | null; phone?: string | null },
    phoneField = 'contactPhone',
  ): IdentityKeys {
    const keys: IdentityKeys = {};
    if (input.name !== undefined && input.name !== null) {
      keys.normalizedName = normalizeCustomerName(input.name);
      if (!keys.normalizedName) throw new BadUserInputError('The company name must contain letters or digits.', 'name');
      const scripts = mixedScripts(input.name);
      if (scripts.length > 1) {
        throw new BadUserInputError(
          `The company name mixes ${scripts.join(' and ')} letters that look alike; write it in one alphabet.`,
          'name',
        );
      }
      keys.nameKey = customerNameKey(input.name);
    }
    if (input.creditCode) {
      keys.creditCode = normalizeCreditCode(input.creditCode);
      if (!CREDIT_CODE.test(keys.creditCode))
        throw new BadUserInputError('A unified social credit code has 18 letters and digits.', 'creditCode');
    }
    if (input.phone !== undefined && input.phone !== null) {
      keys.contactPhone = parsePhone(input.phone, phoneField);
    }
    return keys;
  }

  /** checkProspect: is a customer with this name, credit code or phone registered, by whom and since when. */
  async checkProspect(args: {
    name?: string | null;
    creditCode?: string | null;
    phone?: string | null;
  }): Promise<ProspectCheckResult> {
    if (!args.name?.trim() && !args.creditCode?.trim() && !args.phone?.trim()) {
      throw new BadUserInputError('Give a name, a credit code or a phone to check.', 'name');
    }
    const keys = this.identityOf(
      {
        name: args.name?.trim() ? args.name : null,
        creditCode: args.creditCode?.trim() ? args.creditCode : null,
        phone: args.phone?.trim() ? args.phone : null,
      },
      'phone',
    );
    const found = await this.findByIdentity(keys);
    return found
      ? { registered: true, customer: found, ownerId: found.ownerId, firstContactAt: found.firstContactAt }
      : { registered: false, customer: null, ownerId: null, firstContactAt: null };
  }

  private async alreadyOwned(
    existing: Customer,
    manager: EntityManager = this.db.manager,
  ): Promise<CustomerAlreadyOwnedError> {
    const owner = await manager.findOne(Staff, { where: { id: existing.ownerId } });
    return new CustomerAlreadyOwnedError(owner?.name ?? 'another salesperson', existing.firstContactAt);
  }

  private async assertSalesperson(
    staffId: number,
    field: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Staff> {
    const staff = await manager.findOne(Staff, { where: { id: staffId } });
    if (!staff) throw new NotFoundError('Staff member', staffId);
    if (!staff.active || !staff.hasRole(Role.SALESPERSON)) {
      throw new BadUserInputError('The owner must be an active salesperson.', field);
    }
    return staff;
  }

  /**
   * registerCustomer: first contact wins. The database's unique indexes on the three identity
   * keys decide a race; the loser gets CUSTOMER_ALREADY_OWNED naming the winner.
   */
  async register(actor: Actor, input: RegisterCustomerInput): Promise<Customer> {
    let ownerId = actor.id;
    if (input.ownerId !== undefined && input.ownerId !== null) {
      ownerId = parseIdArg(input.ownerId, 'ownerId');
      if (ownerId !== actor.id && !isLeader(actor)) {
        throw new ForbiddenError('A salesperson registers customers only for themselves.');
      }
    } else if (!hasRole(actor, Role.SALESPERSON)) {
      // Only a salesperson owns customers: a leader registering one names its owner.
      throw new BadUserInputError(
        'Name the owning salesperson (ownerId): only a salesperson owns customers.',
        'ownerId',
      );
    }
    const keys = this.identityOf({ name: input.name, creditCode: input.creditCode ?? null, phone: input.contactPhone });
    const contactName = input.contactName.trim();
    if (!contactName) throw new BadUserInputError('A contact name is required.', 'contactName');
    if (((input.latitude ?? null) === null) !== ((input.longitude ?? null) === null)) {
      throw new BadUserInputError('Give both latitude and longitude, or neither.', 'latitude');
    }
    // The input's name and phone are required, so identityOf gave all three.
    const normalizedName = must(keys.normalizedName, 'normalized name of the new customer');
    const nameKey = must(keys.nameKey, 'name key of the new customer');
    const contactPhone = must(keys.contactPhone, 'contact phone of the new customer');
    const owner = await this.assertSalesperson(ownerId, 'ownerId');
    const existing = await this.findByIdentity(keys);
    if (existing) throw await this.alreadyOwned(existing);
    try {
      return await inTransaction(this.db, async (m) => {
        const result = await m.insert(Customer, {
          name: input.name.trim(),
          normalizedName,
          nameKey,
          creditCode: keys.creditCode ?? null,
          contactName,
          contactPhone,
          address: input.address?.trim() || null,
          notes: input.notes?.trim() || null,
          status: CustomerStatus.PROSPECT,
          ownerId,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
        });
        const id = Number(result.identifiers[0].id);
        await claimPhone(m, id, contactPhone);
        await m.insert(OwnershipChange, {
          customerId: id,
          fromOwnerId: null,
          toOwnerId: ownerId,
          reason: 'registered (first contact)',
          changedById: actor.id,
        });
        await recordAudit(m, actor.id, {
          action: 'customer.registered',
          entityType: 'Customer',
          entityId: id,
          summary: `Registered prospect ${input.name.trim()} for ${owner.name}`,
        });
        return m.findOneOrFail(Customer, { where: { id } });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost the race: the winner is committed now; look it up outside the failed transaction.
      const winner = await this.findByIdentity(keys);
      if (!winner) throw new ConflictError('This customer was registered at the same moment; check it and try again.');
      throw await this.alreadyOwned(winner);
    }
  }

  /**
   * reassignCustomer (MANAGER, DIRECTOR): moves the customer to another salesperson with a reason, recorded and
   * audited.
   */
  async reassign(actor: Actor, customerId: string, newOwnerId: string, reason: string): Promise<Customer> {
    const toId = parseIdArg(newOwnerId, 'ownerId');
    const why = reason.trim();
    if (!why) throw new BadUserInputError('A reason is required.', 'reason');
    if (why.length > 1000) throw new BadUserInputError('The reason is too long (at most 1000 characters).', 'reason');
    return inTransaction(this.db, async (m) => {
      const customer = await this.get(customerId, m);
      const newOwner = await this.assertSalesperson(toId, 'ownerId', m);
      if (customer.ownerId === toId)
        throw new BadUserInputError('The customer already belongs to this salesperson.', 'ownerId');
      const result = await m
        .createQueryBuilder()
        .update(Customer)
        .set({ ownerId: toId })
        .where('id = :id AND ownerId = :from', { id: customer.id, from: customer.ownerId })
        .execute();
      if (!result.affected) throw new ConflictError("The customer's owner changed under you; reload and try again.");
      await m.insert(OwnershipChange, {
        customerId: customer.id,
        fromOwnerId: customer.ownerId,
        toOwnerId: toId,
        reason: why,
        changedById: actor.id,
      });
      const previous = await m.findOne(Staff, { where: { id: customer.ownerId } });
      await recordAudit(m, actor.id, {
        action: 'customer.reassigned',
        entityType: 'Customer',
        entityId: customer.id,
        summary: `${customer.name}: owner ${previous?.name ?? customer.ownerId} -> ${newOwner.name}. Reason: ${why}`,
      });
      await recordNotification(m, {
        kind: NotificationKind.CUSTOMER_REASSIGNED,
        message: `${actor.name} moved ${customer.name} from ${previous?.name ?? `staff ${customer.ownerId}`} to ${newOwner.name}. Reason: ${why}`,
        to: { staffIds: [customer.ownerId, toId] },
        actorId: actor.id,
        customerId: customer.id,
      });
      customer.ownerId = toId;
      return customer;
    });
  }

  /** Edits of a customer's contact details: the owner and leaders only. */
  async updateDetails(actor: Actor, customerId: string, input: UpdateCustomerDetailsInput): Promise<Customer> {
    const patch: Partial<Customer> = {};
    if (input.contactName !== undefined && input.contactName !== null) {
      if (!input.contactName.trim()) throw new BadUserInputError('The contact name cannot be empty.', 'contactName');
      patch.contactName = input.contactName.trim();
    }
    if (input.address !== undefined && input.address !== null) patch.address = input.address.trim() || null;
    if (input.notes !== undefined && input.notes !== null) patch.notes = input.notes.trim() || null;
    const latitude = input.latitude ?? null;
    const longitude = input.longitude ?? null;
    if ((latitude === null) !== (longitude === null))
      throw new BadUserInputError('Give both latitude and longitude, or neither.', 'latitude');
    if (latitude !== null && longitude !== null) {
      patch.latitude = latitude;
      patch.longitude = longitude;
    }
    return inTransaction(this.db, async (m) => {
      const customer = await this.get(customerId, m);
      assertCanActFor(actor, customer);
      if (Object.keys(patch).length) {
        await m.update(Customer, { id: customer.id }, patch);
        await recordAudit(m, actor.id, {
          action: 'customer.details_updated',
          entityType: 'Customer',
          entityId: customer.id,
          summary: `${customer.name}: updated ${Object.keys(patch).join(', ')}`,
        });
      }
      return { ...customer, ...patch } as Customer;
    });
  }

  /**
   * addContactPerson: the owner and leaders only. A phone another customer holds is refused with
   * CUSTOMER_ALREADY_OWNED naming that customer's owner, as registering it would be; the phone's
   * primary key decides two additions racing for it.
   */
  async addContactPerson(
    actor: Actor,
    customerId: string,
    args: { name: string; phone: string; title?: string | null },
  ): Promise<ContactPerson> {
    const name = args.name.trim();
    if (!name || name.length > 100)
      throw new BadUserInputError('A contact name of 1 to 100 characters is required.', 'name');
    const phone = parsePhone(args.phone, 'phone');
    const title = args.title?.trim() || null;
    if (title && title.length > 100)
      throw new BadUserInputError('The title is too long (at most 100 characters).', 'title');
    const id = parseIdArg(customerId, 'customerId');
    try {
      return await inTransaction(this.db, async (m) => {
        const customer = await this.get(id, m);
        assertCanActFor(actor, customer);
        const holder = await phoneHolder(m, phone);
        if (holder !== null && holder !== customer.id) throw await this.alreadyOwned(await this.get(holder, m), m);
        await claimPhone(m, customer.id, phone);
        const result = await m.insert(ContactPerson, {
          customerId: customer.id,
          name,
          phone,
          title,
          addedById: actor.id,
        });
        const contactId = Number(result.identifiers[0].id);
        await recordAudit(m, actor.id, {
          action: 'customer.contact_added',
          entityType: 'Customer',
          entityId: customer.id,
          summary: `${customer.name}: added contact person #${contactId}`,
        });
        const saved = await m.findOneOrFail(ContactPerson, { where: { id: contactId } });
        saved.primary = false;
        return saved;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another customer claimed the phone at the same instant and committed first.
      const holder = await phoneHolder(this.db.manager, phone);
      if (holder === null || holder === id)
        throw new ConflictError('This phone was added at the same moment; check the contacts and try again.');
      throw await this.alreadyOwned(await this.get(holder));
    }
  }

  /** The registration contact of a customer as a ContactPerson (no id). */
  static primaryContact(customer: Customer): ContactPerson {
    return Object.assign(new ContactPerson(), {
      id: null,
      customerId: customer.id,
      name: customer.contactName,
      phone: customer.contactPhone,
      title: null,
      primary: true,
      addedById: customer.ownerId,
      addedAt: customer.firstContactAt,
    });
  }
}

/** The customers list's filter as SQL (the dashboard opens it on every screen: no query builder). */
function customerFilter(f: CustomerFilter | null | undefined): Filter {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f?.status) {
    where.push('c.status = ?');
    params.push(f.status);
  }
  if (f?.ownerId != null) {
    where.push('c.ownerId = ?');
    params.push(parseIdArg(f.ownerId, 'ownerId'));
  }
  if (f?.search?.trim()) {
    // Fuzzy on the normalized name (case, width, spaces and punctuation folded). What the
    // normalization drops (LIKE's % and _, other punctuation and symbols) must then appear
    // literally in the name, so "100%" does not find "1000" and "%" does not find everyone.
    const literal = f.search.normalize('NFKC').trim().toLowerCase();
    const term = normalizeCustomerName(f.search);
    const search = containsPattern(term, 'search');
    if (term) {
      where.push("c.normalizedName LIKE ? ESCAPE '!'");
      params.push(search);
    }
    if (!term || /[%_]/.test(literal)) {
      const raw = f.search.trim().toLowerCase();
      where.push("(LOWER(c.name) LIKE ? ESCAPE '!' OR LOWER(c.name) LIKE ? ESCAPE '!')");
      params.push(containsPattern(literal, 'search'), containsPattern(raw, 'search'));
    }
  }
  return { alias: 'c', where, params };
}
