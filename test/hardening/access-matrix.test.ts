import { errorCodes, TestApp, Caller } from '../support/app';
import { Department, Role } from '../../src/features/staff/role';
import { buildAppSchema } from '../../src/schema';
import { entities } from '../../src/db/entities';
import { AccessTable, allows, ANY_AUTHENTICATED, buildCall, entryOf, PUBLIC, rootFields } from '../support/access-matrix';

/**
 * The authorization walk: every Query and Mutation field, called as every role and as nobody,
 * against this explicit table. A field missing here fails the test; so does a stale entry.
 * "Allowed" = the answer carries neither FORBIDDEN nor UNAUTHENTICATED (a NOT_FOUND or
 * BAD_USER_INPUT from the generated arguments is fine); "denied" = FORBIDDEN, or UNAUTHENTICATED
 * for nobody, with nothing written.
 */
const LOGIN_EMAIL = `walk.login.${Date.now()}@test.example`;
const LOGIN_PASSWORD = 'Walk1ng-passw0rd';

const { DIRECTOR, MANAGER } = Role;
const EXPECTED: AccessTable = {
  'Query.me': ANY_AUTHENTICATED,
  'Query.staffMembers': ANY_AUTHENTICATED,
  'Query.departmentHeads': ANY_AUTHENTICATED,
  'Query.auditEvents': [DIRECTOR, MANAGER],
  'Mutation.login': { access: PUBLIC, args: () => ({ email: LOGIN_EMAIL, password: LOGIN_PASSWORD }) },
  'Mutation.unlockStaff': [DIRECTOR],
  'Mutation.createStaff': [DIRECTOR],
  'Mutation.setStaffRoles': [DIRECTOR],
  'Mutation.deactivateStaff': [DIRECTOR],
  'Mutation.reactivateStaff': [DIRECTOR],
  'Mutation.setDepartmentHead': [DIRECTOR],
};

const ROLES = Object.values(Role);

let app: TestApp;
const callers = new Map<Role, Caller>();
beforeAll(async () => {
  app = await TestApp.start();
  for (const role of ROLES) callers.set(role, await app.staff(role));
  await app.server.services.staff.create(null, { name: 'Walk Login', email: LOGIN_EMAIL, password: LOGIN_PASSWORD, roles: [Role.SALESPERSON], department: Department.MARKET });
});
afterAll(() => app.stop());

/** Rows in every table: a denied mutation must leave this unchanged. */
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const entity of entities) {
    const meta = app.db.getMetadata(entity);
    out[meta.tableName] = await app.db.getRepository(entity).count();
  }
  return out;
}

describe('the authorization walk', () => {
  it('has an entry for every root field, and none for a field that is gone', async () => {
    const schema = await buildAppSchema();
    const keys = rootFields(schema).map((f) => f.key);
    expect(keys.filter((k) => !(k in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('lets exactly the expected callers through each root field, and a denied call writes nothing', async () => {
    const schema = await buildAppSchema();
    const mismatches: string[] = [];
    for (const { key, root, field } of rootFields(schema)) {
      if (!(key in EXPECTED)) continue;
      const entry = entryOf(EXPECTED[key]);
      const { query, variables } = buildCall(root, field, entry.args ? await entry.args() : {});
      const before = root === 'Mutation' ? await rowCounts() : undefined;
      for (const role of [null, ...ROLES]) {
        if (allows(entry.access, role)) continue;
        const result = await app.exec(query, variables, role ? callers.get(role)! : null);
        const codes = errorCodes(result);
        const expected = role ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        const value = (result.data as Record<string, unknown> | null | undefined)?.[field.name];
        if (!codes.includes(expected) || (value !== null && value !== undefined)) {
          mismatches.push(`${key} as ${role ?? 'nobody'}: expected ${expected}, got ${JSON.stringify(codes)}`);
        }
      }
      if (before) {
        const after = await rowCounts();
        if (JSON.stringify(after) !== JSON.stringify(before)) mismatches.push(`${key}: a denied call wrote ${JSON.stringify({ before, after })}`);
      }
      for (const role of [null, ...ROLES]) {
        if (!allows(entry.access, role)) continue;
        const result = await app.exec(query, variables, role ? callers.get(role)! : null);
        const codes = errorCodes(result);
        if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED')) {
          mismatches.push(`${key} as ${role ?? 'nobody'}: expected allowed, got ${JSON.stringify(codes)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
