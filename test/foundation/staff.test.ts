import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { Department, Role } from '../../src/domain/roles';

const CreateStaff = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      id
      name
      email
      roles
      department
      active
    }
  }
`);
const Audit = graphql(`
  query AuditFor($type: String, $id: ID) {
    auditEvents(entityType: $type, entityId: $id) {
      totalCount
      edges {
        node {
          action
          summary
          actor {
            id
          }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const input = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'New Person',
  email,
  password: 'Passw0rd1',
  roles: ['SALESPERSON' as const],
  department: 'MARKET' as const,
  ...extra,
});

describe('createStaff', () => {
  it('lets the DIRECTOR create an account, audited', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const { createStaff } = await app.ok(
      CreateStaff,
      { input: input('New.Person@test.example', { roles: ['SALESPERSON', 'COLLECTOR'] }) },
      director,
    );
    expect(createStaff).toMatchObject({
      email: 'new.person@test.example',
      roles: ['COLLECTOR', 'SALESPERSON'],
      active: true,
    });
    const audit = await app.ok(Audit, { type: 'Staff', id: createStaff.id }, director);
    expect(audit.auditEvents.edges.map((e) => e.node.action)).toEqual(['staff.created']);
    expect(audit.auditEvents.edges[0].node.actor?.id).toBe(String(director.staff.id));
    expect(audit.auditEvents.edges[0].node.summary).not.toContain('Passw0rd1');
  });

  it.each([Role.MANAGER, Role.SALESPERSON, Role.ASSISTANT_MANAGER, Role.COLLECTOR])('refuses %s', async (role) => {
    const caller = await app.staff(role);
    const result = await app.exec(CreateStaff, { input: input(`refused.${role}@test.example`) }, caller);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    const count = await app.db.query(`SELECT COUNT(*) AS n FROM staff WHERE email = ?`, [
      `refused.${role.toLowerCase()}@test.example`,
    ]);
    expect(Number(count[0].n)).toBe(0);
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    const director = await app.staff(Role.DIRECTOR);
    await app.ok(CreateStaff, { input: input('dup@test.example') }, director);
    const again = await app.exec(CreateStaff, { input: input('DUP@test.example') }, director);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it.each([
    ['a bad email', { email: 'not-an-email' }, 'email'],
    ['a short password', { password: 'abc1' }, 'password'],
    ['a password without digits', { password: 'onlyletters' }, 'password'],
    ['no roles', { roles: [] }, 'roles'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_label, extra, field) => {
    const director = await app.staff(Role.DIRECTOR);
    const result = await app.exec(
      CreateStaff,
      { input: input(`bad.${field}.${Math.random()}@test.example`, extra) },
      director,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions?.field).toBe(field);
  });
});

describe('staffMembers', () => {
  it('filters by role', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const dispatcher = await app.staff(Role.DISPATCHER);
    const { staffMembers } = (await app.ok(`query { staffMembers(role: DISPATCHER) { id roles } }`, {}, director)) as {
      staffMembers: Array<{ id: string; roles: string[] }>;
    };
    expect(staffMembers.map((s) => s.id)).toContain(String(dispatcher.staff.id));
    expect(staffMembers.every((s) => s.roles.includes('DISPATCHER'))).toBe(true);
  });
});

describe('auditEvents', () => {
  it('is for DIRECTOR and MANAGER only', async () => {
    for (const role of [Role.SALESPERSON, Role.ASSISTANT_MANAGER, Role.COLLECTOR]) {
      expect(errorCodes(await app.exec(Audit, {}, await app.staff(role)))).toEqual(['FORBIDDEN']);
    }
    await app.ok(Audit, {}, await app.staff(Role.MANAGER));
  });

  it('pages with cursors and refuses a forged cursor', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const first = (await app.ok(
      `query { auditEvents(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`,
      {},
      director,
    )) as {
      auditEvents: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    };
    expect(first.auditEvents.edges).toHaveLength(2);
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = (await app.ok(
      `query($after: String) { auditEvents(first: 2, after: $after) { edges { node { id } } } }`,
      { after: first.auditEvents.pageInfo.endCursor },
      director,
    )) as {
      auditEvents: { edges: Array<{ node: { id: string } }> };
    };
    const ids = [...first.auditEvents.edges, ...next.auditEvents.edges].map((e) => Number(e.node.id));
    expect(new Set(ids).size).toBe(4);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const forged = await app.exec(`query { auditEvents(after: "bm9wZQ") { totalCount } }`, {}, director);
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    const capped = (await app.ok(
      `query($n: Int) { auditEvents(first: $n) { edges { cursor } } }`,
      { n: 100000 },
      director,
    )) as { auditEvents: { edges: unknown[] } };
    expect(capped.auditEvents.edges.length).toBeLessThanOrEqual(100);
  });
});

describe('setStaffRoles and setDepartmentHead', () => {
  const SetRoles = `mutation($id: ID!, $roles: [Role!]!) { setStaffRoles(input: { staffId: $id, roles: $roles }) { id roles } }`;
  const SetHead = `mutation($d: Department!, $id: ID!) { setDepartmentHead(department: $d, staffId: $id) { department headId } }`;

  it("refuses the DIRECTOR removing their own DIRECTOR role, and changes anyone else's", async () => {
    const director = await app.staff(Role.DIRECTOR);
    const own = await app.exec(SetRoles, { id: String(director.staff.id), roles: ['MANAGER'] }, director);
    expect(errorCodes(own)).toEqual(['BAD_USER_INPUT']);
    expect(own.errors![0].extensions?.field).toBe('roles');
    expect((await app.server.services.staff.loadCaller(director.staff.id))?.roles).toEqual(['DIRECTOR']);
    const other = await app.staff(Role.SALESPERSON);
    await app.ok(SetRoles, { id: String(other.staff.id), roles: ['COLLECTOR'] }, director);
    expect((await app.server.services.staff.loadCaller(other.staff.id))?.roles).toEqual(['COLLECTOR']);
  });

  it('names a head from the department itself, and the MANAGER for MARKET', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const warehouse = await app.staff(Role.DEPARTMENT_HEAD, { department: Department.WAREHOUSE });
    const finance = await app.staff(Role.DEPARTMENT_HEAD, { department: Department.FINANCE });
    const sales = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const before = await app.db.query('SELECT department, headId FROM department_head ORDER BY department');
    for (const [department, who] of [
      ['WAREHOUSE', finance],
      ['MARKET', sales],
      ['MARKET', warehouse],
    ] as const) {
      const res = await app.exec(SetHead, { d: department, id: String(who.staff.id) }, director);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.field).toBe('staffId');
    }
    expect(await app.db.query('SELECT department, headId FROM department_head ORDER BY department')).toEqual(before);
    expect(await app.ok(SetHead, { d: 'WAREHOUSE', id: String(warehouse.staff.id) }, director)).toEqual({
      setDepartmentHead: { department: 'WAREHOUSE', headId: String(warehouse.staff.id) },
    });
    expect(await app.ok(SetHead, { d: 'MARKET', id: String(manager.staff.id) }, director)).toEqual({
      setDepartmentHead: { department: 'MARKET', headId: String(manager.staff.id) },
    });
  });
});
