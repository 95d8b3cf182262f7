import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { companyToday, countRows, rolesExcept } from '../support/administration-factories';
import { Role } from '../../src/domain/roles';
import { addDays } from '../../src/time';

const RecordViolation = graphql(`
  mutation RecordViolation($input: RecordViolationInput!) {
    recordViolation(input: $input) {
      id
      staff {
        id
        name
      }
      kind
      fine
      compensation
      occurredOn
      description
      recordedBy {
        id
      }
    }
  }
`);
const Violations = graphql(`
  query Violations($staffId: ID, $month: String) {
    violations(staffId: $staffId, month: $month) {
      id
      staff {
        id
      }
      kind
      fine
      compensation
      occurredOn
    }
  }
`);
const ViolationAudit = graphql(`
  query ViolationAudit($id: ID) {
    auditEvents(entityType: "Violation", entityId: $id) {
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

type Kind =
  | 'OPERATING_RULE'
  | 'UNAPPROVED_RATE_OR_FREE_SHIPMENT'
  | 'UNAPPROVED_DEDUCTION'
  | 'UNAPPROVED_MONTHLY_SETTLEMENT'
  | 'TAKING_CUSTOMER_DATA';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const input = (
  staffId: number,
  extra: Partial<{ kind: Kind; occurredOn: string; description: string; compensation: string | null }> = {},
) => ({
  staffId: String(staffId),
  kind: 'OPERATING_RULE' as Kind,
  occurredOn: '2025-03-10',
  description: 'Late visit log',
  ...extra,
});

describe('recordViolation', () => {
  it.each([Role.MANAGER, Role.DIRECTOR])('lets %s record one, audited', async (role) => {
    const leader = await app.staff(role);
    const person = await app.staff(Role.SALESPERSON, { name: 'Rule Breaker' });
    const { recordViolation } = await app.ok(
      RecordViolation,
      {
        input: input(person.staff.id, {
          kind: 'UNAPPROVED_DEDUCTION',
          compensation: '150.50',
          description: '  Agreed a deduction  ',
        }),
      },
      leader,
    );
    expect(recordViolation).toMatchObject({
      staff: { id: String(person.staff.id), name: 'Rule Breaker' },
      kind: 'UNAPPROVED_DEDUCTION',
      fine: '50.00',
      compensation: '150.50',
      occurredOn: '2025-03-10',
      description: 'Agreed a deduction',
      recordedBy: { id: String(leader.staff.id) },
    });
    const audit = await app.ok(ViolationAudit, { id: recordViolation.id }, leader);
    expect(audit.auditEvents.edges.map((e) => e.node)).toEqual([
      {
        action: 'violation.recorded',
        summary:
          'Rule Breaker: UNAPPROVED_DEDUCTION on 2025-03-10, fine 50.00, compensation 150.50: Agreed a deduction',
        actor: { id: String(leader.staff.id) },
      },
    ]);
  });

  it.each(rolesExcept(Role.MANAGER, Role.DIRECTOR))('refuses %s with nothing written', async (role) => {
    const caller = await app.staff(role);
    const person = await app.staff(Role.SALESPERSON);
    const result = await app.exec(RecordViolation, { input: input(person.staff.id) }, caller);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await countRows(app, 'violation', 'staffId = ?', [person.staff.id])).toBe(0);
    expect(await countRows(app, 'audit_event', "entityType = 'Violation' AND actorId = ?", [caller.staff.id])).toBe(0);
  });

  it.each([
    ['OPERATING_RULE', '10.00'],
    ['UNAPPROVED_RATE_OR_FREE_SHIPMENT', '50.00'],
    ['UNAPPROVED_DEDUCTION', '50.00'],
    ['UNAPPROVED_MONTHLY_SETTLEMENT', '50.00'],
    ['TAKING_CUSTOMER_DATA', '50.00'],
  ] as Array<[Kind, string]>)('fines %s %s, with no compensation when none is owed', async (kind, fine) => {
    const manager = await app.staff(Role.MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const { recordViolation } = await app.ok(RecordViolation, { input: input(person.staff.id, { kind }) }, manager);
    expect(recordViolation).toMatchObject({ kind, fine, compensation: '0.00' });
  });

  it('never takes the fine as an input', async () => {
    const manager = await app.staff(Role.MANAGER);
    const person = await app.staff(Role.SALESPERSON);
    const result = await app.exec(
      `mutation($s: ID!) { recordViolation(input: { staffId: $s, kind: OPERATING_RULE, occurredOn: "2025-03-10", description: "x", fine: "1.00" }) { id } }`,
      { s: String(person.staff.id) },
      manager,
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(await countRows(app, 'violation', 'staffId = ?', [person.staff.id])).toBe(0);
  });

  it.each([
    ['a negative compensation', { compensation: '-1.00' }, undefined],
    ['a compensation with three decimals', { compensation: '1.005' }, undefined],
    ['an empty description', { description: '   ' }, 'description'],
    ['a day that has not come', { occurredOn: 'FUTURE' }, 'occurredOn'],
  ] as Array<[string, Record<string, string>, string | undefined]>)(
    'refuses %s with nothing written',
    async (_label, extra, field) => {
      const manager = await app.staff(Role.MANAGER);
      const person = await app.staff(Role.SALESPERSON);
      const values = { ...extra };
      if (values.occurredOn === 'FUTURE') values.occurredOn = addDays(companyToday(app), 1);
      const result = await app.exec(RecordViolation, { input: input(person.staff.id, values) }, manager);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      if (field) expect(result.errors![0].extensions?.field).toBe(field);
      expect(await countRows(app, 'violation', 'staffId = ?', [person.staff.id])).toBe(0);
    },
  );

  it('refuses an unknown staff member', async () => {
    const manager = await app.staff(Role.MANAGER);
    expect(errorCodes(await app.exec(RecordViolation, { input: input(999999) }, manager))).toEqual(['NOT_FOUND']);
  });
});

describe('violations', () => {
  async function twoPeopleWithViolations() {
    const manager = await app.staff(Role.MANAGER);
    const alice = await app.staff(Role.SALESPERSON);
    const bob = await app.staff(Role.SALESPERSON);
    const a1 = (await app.ok(RecordViolation, { input: input(alice.staff.id, { occurredOn: '2025-08-05' }) }, manager))
      .recordViolation;
    const a2 = (
      await app.ok(
        RecordViolation,
        { input: input(alice.staff.id, { occurredOn: '2025-09-01', kind: 'TAKING_CUSTOMER_DATA' }) },
        manager,
      )
    ).recordViolation;
    const b1 = (
      await app.ok(
        RecordViolation,
        { input: input(bob.staff.id, { occurredOn: '2025-08-20', compensation: '3' }) },
        manager,
      )
    ).recordViolation;
    return { alice, bob, a1, a2, b1 };
  }

  it('shows a staff member only their own, newest first', async () => {
    const { alice, a1, a2 } = await twoPeopleWithViolations();
    const { violations } = await app.ok(Violations, {}, alice);
    expect(violations.map((v) => v.id)).toEqual([a2.id, a1.id]);
    const own = await app.ok(Violations, { staffId: String(alice.staff.id), month: '2025-08' }, alice);
    expect(own.violations.map((v) => v.id)).toEqual([a1.id]);
  });

  it.each(rolesExcept(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))(
    "refuses %s another staff member's violations",
    async (role) => {
      const { alice } = await twoPeopleWithViolations();
      const result = await app.exec(Violations, { staffId: String(alice.staff.id) }, await app.staff(role));
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    },
  );

  it.each([Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])(
    "lets %s see everyone's, by staff member and month",
    async (role) => {
      const { alice, bob, a1, a2, b1 } = await twoPeopleWithViolations();
      const reader = await app.staff(role);
      const all = await app.ok(Violations, { month: '2025-08' }, reader);
      const ids = all.violations.map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining([a1.id, b1.id]));
      expect(ids).not.toContain(a2.id);
      expect(all.violations.every((v) => v.occurredOn.startsWith('2025-08'))).toBe(true);
      const bobs = await app.ok(Violations, { staffId: String(bob.staff.id) }, reader);
      expect(bobs.violations).toEqual([
        {
          id: b1.id,
          staff: { id: String(bob.staff.id) },
          kind: 'OPERATING_RULE',
          fine: '10.00',
          compensation: '3.00',
          occurredOn: '2025-08-20',
        },
      ]);
      const alices = await app.ok(Violations, { staffId: String(alice.staff.id), month: '2025-09' }, reader);
      expect(alices.violations.map((v) => v.id)).toEqual([a2.id]);
    },
  );
});
