import { getPlainEntities } from '../../src/db/plain-entities';
import { Customer } from '../../src/features/customers/customer.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';

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
