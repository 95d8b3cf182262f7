import { READERS_KEPT_PER_ENTITY, getPlainEntities, selectPlainEntities } from '../../src/db/plain-entities';
import { byIdLoader } from '../../src/db/loaders';
import { Customer } from '../../src/features/customers/customer.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { StaffRole } from '../../src/features/staff/staff-role.entity';
import { staffByIdLoader } from '../../src/features/staff/staff.loaders';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';

/**
 * getPlainEntities must give exactly what getMany() gives, for every entity, on this dialect:
 * same class, same properties, same converted values (dates, money, booleans, nulls).
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
  await seedDemoCompany(app.db, app.config);
});
afterAll(() => app.stop());

describe('getPlainEntities', () => {
  it('hydrates every entity of the demo company exactly as getMany() does', async () => {
    let compared = 0;
    for (const metadata of app.db.entityMetadatas) {
      const repository = app.db.getRepository(metadata.target);
      const query = () => {
        const qb = repository.createQueryBuilder('x').limit(50);
        for (const key of metadata.primaryColumns) qb.addOrderBy(`x.${key.propertyPath}`, 'ASC');
        return qb;
      };
      const expected = await query().getMany();
      const { entities } = await getPlainEntities(query());
      // Eager relations are not joined: compare the columns, which is all a plain row has.
      expect(entities).toEqual(expected);
      entities.forEach((e, i) => expect(Object.getPrototypeOf(e)).toBe(Object.getPrototypeOf(expected[i])));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('keeps filters, order and limit, and returns extra raw columns row for row', async () => {
    const qb = () =>
      app.db
        .getRepository(Customer)
        .createQueryBuilder('c')
        .where('c.status = :s', { s: 'ACTIVE' })
        .orderBy('c.name', 'DESC')
        .limit(3);
    const { entities, raw } = await getPlainEntities(qb(), { twice: 'c.id * 2' });
    expect(entities).toEqual(await qb().getMany());
    expect(raw.map((r) => Number(r.twice))).toEqual(entities.map((c) => c.id * 2));
  });

  it('refuses a query that selects a joined entity (it would silently drop it)', async () => {
    const qb = app.db.getRepository(Staff).createQueryBuilder('s').leftJoinAndSelect('s.roleRows', 'r');
    await expect(getPlainEntities(qb)).rejects.toThrow(/selected join/);
    // A join that only filters is fine.
    const filtered = app.db
      .getRepository(Staff)
      .createQueryBuilder('s')
      .innerJoin('s.roleRows', 'r')
      .where('r.role = :role', { role: 'DIRECTOR' });
    expect((await getPlainEntities(filtered)).entities.map((s) => s.email)).toContain('director@demo.example');
  });
});

describe('selectPlainEntities with skipped properties', () => {
  it('reads each skipped set as getMany() reads the rest, past the readers kept per entity too', async () => {
    const metadata = app.db.getMetadata(Customer);
    const optional = metadata.columns.filter((c) => !c.isPrimary && !c.isVirtual).map((c) => c.propertyName);
    // Singletons, then pairs: more distinct sets than the compiled readers kept, so the last ones
    // take the loop that hydrates past that bound.
    const sets: string[][] = optional.map((p) => [p]);
    for (let i = 0; i < optional.length; i++)
      for (let j = i + 1; j < optional.length; j++) sets.push([optional[i], optional[j]]);
    expect(sets.length).toBeGreaterThan(READERS_KEPT_PER_ENTITY + 5);
    const all = await app.db.getRepository(Customer).createQueryBuilder('c').orderBy('c.id').limit(20).getMany();
    expect(all.length).toBeGreaterThan(5);
    for (const fields of sets.slice(0, READERS_KEPT_PER_ENTITY + 5)) {
      const { entities } = await selectPlainEntities(
        app.db,
        Customer,
        { alias: 'c', skip: { fields: new Set(fields), key: fields.join(',') } },
        'ORDER BY c.id LIMIT 20',
        [],
      );
      const expected = all.map((customer) =>
        Object.assign(
          Object.create(Customer.prototype) as Customer,
          Object.fromEntries(Object.entries(customer).filter(([property]) => !fields.includes(property))),
        ),
      );
      expect(entities).toEqual(expected);
      entities.forEach((e) => expect(Object.getPrototypeOf(e)).toBe(Customer.prototype));
    }
  });
});

describe('staffByIdLoader', () => {
  it('gives every staff member as find() does with the eager roles, in the order asked, null for an unknown id', async () => {
    // Someone with two roles, so the join gives two rows for one staff member.
    const first = (await app.db.getRepository(Staff).find({ order: { id: 'ASC' }, take: 1 }))[0];
    const extra = Object.values(Role).find((r) => !first.roles.includes(r));
    await app.db.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [first.id, extra]);
    const all = await app.db.getRepository(Staff).find({ order: { id: 'ASC' } });
    expect(all.some((s) => s.roleRows.length > 1)).toBe(true);
    const asked = [...all.map((s) => s.id).reverse(), 987654];
    const loaded = await staffByIdLoader(app.db, new Map()).loadMany(asked);
    const byRole = (s: Staff | null) =>
      s && Object.assign(s, { roleRows: [...s.roleRows].sort((a, b) => a.role.localeCompare(b.role)) });
    expect(loaded.map((s) => byRole(s as Staff | null))).toEqual([...[...all].reverse().map(byRole), null]);
    for (const s of loaded.slice(0, -1)) {
      expect(Object.getPrototypeOf(s)).toBe(Staff.prototype);
      (s as Staff).roleRows.forEach((r) => expect(Object.getPrototypeOf(r)).toBe(StaffRole.prototype));
    }
  });
});

describe('byIdLoader with the rows a request already holds', () => {
  it('answers those as they are and reads only the others, in the order asked', async () => {
    const customers = await app.db.getRepository(Customer).find({ order: { id: 'ASC' }, take: 4 });
    expect(customers).toHaveLength(4);
    const held = { ...customers[1], name: 'held, not read again' } as Customer;
    const known = new Map([[held.id, held]]);
    const read: unknown[][] = [];
    const logQuery = jest
      .spyOn(app.db.logger, 'logQuery')
      .mockImplementation((_sql, params) => void read.push(params ?? []));
    try {
      const got = await byIdLoader(app.db, Customer, known).loadMany([
        customers[3].id,
        held.id,
        999_999,
        customers[0].id,
      ]);
      expect(got[1]).toBe(held);
      expect(got).toEqual([customers[3], held, null, customers[0]]);
      expect(read).toEqual([[customers[3].id, 999_999, customers[0].id]]);
      // Only held rows asked: no statement at all.
      expect(await byIdLoader(app.db, Customer, known).load(held.id)).toBe(held);
      expect(read).toHaveLength(1);
    } finally {
      logQuery.mockRestore();
    }
  });
});
