import { TestApp, Caller } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Staff } from '../../src/features/staff/staff.entity';
import { AuditEvent } from '../../src/features/audit/audit-event.entity';
import { expectTreatedAsData } from '../support/injection';

/** Filter arguments are data, never SQL: auditEvents(entityType, entityId). */
let app: TestApp;
let director: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  director = await app.staff(Role.DIRECTOR);
  await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

const AUDIT = `query($t: String, $id: ID) { auditEvents(first: 100, entityType: $t, entityId: $id) { totalCount edges { node { entityType entityId } } } }`;
type AuditPage = {
  auditEvents: { totalCount: number; edges: Array<{ node: { entityType: string; entityId: string } }> };
};

async function insert(entityType: string, entityId: string) {
  await app.db
    .getRepository(AuditEvent)
    .insert({ actorId: null, action: 'test.injection', entityType, entityId, summary: 'injection test' });
}

describe('injection strings in filters', () => {
  it('treats auditEvents(entityType) as data', async () => {
    await expectTreatedAsData({
      maxLength: 40,
      store: (v) => insert(v, '1'),
      search: async (v) => {
        const { auditEvents } = await app.ok<AuditPage, Record<string, unknown>>(AUDIT, { t: v }, director);
        expect(auditEvents.totalCount).toBe(auditEvents.edges.length);
        return auditEvents.edges.map((e) => e.node.entityType);
      },
    });
  });

  it('treats auditEvents(entityId) as data', async () => {
    await expectTreatedAsData({
      maxLength: 40,
      store: (v) => insert('InjectionById', v),
      search: async (v) => {
        const { auditEvents } = await app.ok<AuditPage, Record<string, unknown>>(
          AUDIT,
          { t: 'InjectionById', id: v },
          director,
        );
        return auditEvents.edges.map((e) => e.node.entityId);
      },
    });
  });

  it('leaves the tables as they were', async () => {
    expect(await app.db.getRepository(Staff).count()).toBe(2);
    const staff = await app.db.getRepository(Staff).find();
    expect(staff.every((s) => s.passwordHash.startsWith('$argon2id$'))).toBe(true);
  });

  it('the helper itself catches a filter that is not treated as data', async () => {
    // A "search" that concatenates into SQL, as a broken feature would.
    await expect(
      expectTreatedAsData({
        payloads: [`' OR '1'='1`],
        maxLength: 40,
        store: (v) => insert('Concatenated', v),
        search: async (v) => {
          const rows: Array<{ entityId: string }> = await app.db.query(
            `SELECT entityId FROM audit_event WHERE entityId = '${v.replace(/^[^:]*:/, '')}'`,
          );
          return rows.map((r) => r.entityId);
        },
      }),
    ).rejects.toThrow(/not treated as data/);
  });
});
