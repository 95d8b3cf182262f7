import { print } from 'graphql';
import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { count, customerRow, must, registration, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';
import { DataSource } from 'typeorm';
import { createServer } from '../../src/server';
import { createLogger } from '../../src/logger';

const Register = graphql(`
  mutation RegistrationRegister($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      name
      status
      creditCode
      firstContactAt
      owner {
        id
        name
      }
      contacts {
        name
        phone
        primary
      }
      address
      notes
    }
  }
`);
const Check = graphql(`
  query RegistrationCheck($name: String, $creditCode: String, $phone: String) {
    checkProspect(name: $name, creditCode: $creditCode, phone: $phone) {
      registered
      firstContactAt
      owner {
        id
        name
      }
      customer {
        id
        name
      }
    }
  }
`);
const Reassign = graphql(`
  mutation RegistrationReassign($c: ID!, $o: ID!, $r: String!) {
    reassignCustomer(customerId: $c, ownerId: $o, reason: $r) {
      id
      owner {
        id
      }
      ownershipHistory {
        reason
        fromOwner {
          id
        }
        toOwner {
          id
        }
        changedBy {
          id
        }
      }
    }
  }
`);
const CustomerAudit = graphql(`
  query RegistrationCustomerAudit($id: ID) {
    auditEvents(entityType: "Customer", entityId: $id) {
      edges {
        node {
          action
          actor {
            id
          }
        }
      }
    }
  }
`);
const CheckProspectContacts = graphql(`
  query RegistrationCheckProspectContacts {
    checkProspect(phone: "13500004242") {
      registered
      customer {
        name
        contacts {
          phone
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

describe('registerCustomer', () => {
  it('registers a prospect for the calling salesperson, with its contact, ownership history and audit event', async () => {
    const sales = await app.staff(Role.SALESPERSON, { name: 'Sales Reg' });
    const input = registration({ creditCode: '91310000ma1fl0reg1', contactPhone: '+86 139-1111-0001' });
    const { registerCustomer: c } = await must(app, sales, Register, { input });
    expect(c).toMatchObject({
      status: 'PROSPECT',
      creditCode: '91310000MA1FL0REG1',
      owner: { id: String(sales.staff.id) },
      address: 'Secret Road 9',
      notes: 'private note',
    });
    expect(c.contacts).toEqual([{ name: 'Mr Contact', phone: '8613911110001', primary: true }]);
    const leader = await app.staff(Role.DIRECTOR);
    const audit = await must(app, leader, CustomerAudit, { id: c.id });
    expect(audit.auditEvents.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'customer.registered',
    ]);
    expect(await count(app, 'customer_ownership_change', 'customerId = ?', [Number(c.id)])).toBe(1);
  });

  it.each([
    [
      'the same name with other case, width, spaces and punctuation',
      { name: '上海 Acme 物流有限公司' },
      { name: '上海ＡＣＭＥ物流-有限公司' },
    ],
    ['the same credit code', { creditCode: '91330100MA2AB0DUP1' }, { creditCode: ' 91330100ma2ab0dup1 ' }],
    ['the same phone digits', { contactPhone: '138-0000-7777' }, { contactPhone: '13800007777' }],
  ])('refuses %s with CUSTOMER_ALREADY_OWNED naming the owner, without contact data', async (_label, first, second) => {
    const owner = await app.staff(Role.SALESPERSON, { name: `Owner ${Math.random()}` });
    const other = await app.staff(Role.SALESPERSON);
    const { registerCustomer: c } = await must(app, owner, Register, {
      input: registration({ ...first, contactName: '王秘密', address: '秘密路1号', notes: 'hidden' }),
    });
    const before = await count(app, 'customer');
    const result = await run(app, other, Register, { input: registration(second) });
    expect(errorCodes(result)).toEqual(['CUSTOMER_ALREADY_OWNED']);
    const ext = result.errors![0].extensions!;
    expect(ext.ownerName).toBe(owner.staff.name);
    expect(ext.firstContactAt).toBe(c.firstContactAt);
    const text = JSON.stringify(result);
    const row = await customerRow(app, c.id);
    for (const secret of ['王秘密', '秘密路1号', 'hidden', row.contactPhone]) expect(text).not.toContain(secret);
    expect(await count(app, 'customer')).toBe(before);
  });

  it('gives exactly one owner when registrations race (same prospect, different phones)', async () => {
    const racers = await Promise.all([1, 2, 3, 4].map((i) => app.staff(Role.SALESPERSON, { name: `Racer ${i}` })));
    const name = `Race Logistics ${Date.now()}`;
    const results = await Promise.all(racers.map((r) => run(app, r, Register, { input: registration({ name }) })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((l) => errorCodes(l))).toEqual([
      ['CUSTOMER_ALREADY_OWNED'],
      ['CUSTOMER_ALREADY_OWNED'],
      ['CUSTOMER_ALREADY_OWNED'],
    ]);
    const winnerName = winners[0].data!.registerCustomer.owner.name;
    for (const l of losers) {
      expect(l.errors![0].extensions!.ownerName).toBe(winnerName);
      expect(l.errors![0].extensions!.firstContactAt).toBe(winners[0].data!.registerCustomer.firstContactAt);
    }
    expect(await count(app, 'customer', 'name = ?', [name])).toBe(1);
  });

  it('gives exactly one owner when two salespeople race with the same phone and credit code', async () => {
    const [a, b] = await Promise.all([app.staff(Role.SALESPERSON), app.staff(Role.SALESPERSON)]);
    const shared = {
      contactPhone: `136${Date.now() % 100000000}`,
      creditCode: `9131${String(Date.now()).padStart(14, '0')}`,
    };
    const results = await Promise.all(
      [a, b].map((s, i) =>
        run(app, s, Register, { input: registration({ name: `Twin ${i} ${Date.now()}`, ...shared }) }),
      ),
    );
    expect(results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort()).toEqual(['CUSTOMER_ALREADY_OWNED', 'OK']);
  });

  it('gives exactly one owner when the race goes through two servers on one database', async () => {
    // A second server with its own connection pool (MySQL) on the same database as the first.
    const second = app.dialect === 'mysql' ? await new DataSource(app.db.options).initialize() : app.db;
    const server2 = await createServer(app.config, second, createLogger('silent'));
    try {
      const [a, b] = await Promise.all([
        app.staff(Role.SALESPERSON, { name: 'Server One Sales' }),
        app.staff(Role.SALESPERSON, { name: 'Server Two Sales' }),
      ]);
      const name = `Two Servers Co ${Date.now()}`;
      const viaSecond = async () => {
        const contextValue = await server2.context({ authorization: `Bearer ${b.token}` });
        const response = await server2.apollo.executeOperation(
          { query: print(Register), variables: { input: registration({ name }) } },
          { contextValue },
        );
        if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
        return response.body.singleResult;
      };
      const [one, two] = await Promise.all([run(app, a, Register, { input: registration({ name }) }), viaSecond()]);
      const outcomes = [one, two].map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
      expect(outcomes).toEqual(['CUSTOMER_ALREADY_OWNED', 'OK']);
      expect(await count(app, 'customer', 'name = ?', [name])).toBe(1);
    } finally {
      await server2.apollo.stop();
      if (second !== app.db) await second.destroy();
    }
  });

  it('lets leaders register for a named salesperson, and refuses a salesperson registering for someone else', async () => {
    const manager = await app.staff(Role.MANAGER);
    const sales = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const { registerCustomer } = await must(app, manager, Register, {
      input: registration({ ownerId: String(sales.staff.id) }),
    });
    expect(registerCustomer.owner.id).toBe(String(sales.staff.id));
    const before = await count(app, 'customer');
    expect(
      errorCodes(await run(app, other, Register, { input: registration({ ownerId: String(sales.staff.id) }) })),
    ).toEqual(['FORBIDDEN']);
    const noSalesperson = await run(app, manager, Register, { input: registration() });
    expect(errorCodes(noSalesperson)).toEqual(['BAD_USER_INPUT']);
    expect(noSalesperson.errors![0].extensions!.field).toBe('ownerId');
    expect(noSalesperson.errors![0].message).toMatch(/Name the owning salesperson/);
    expect(await count(app, 'customer')).toBe(before);
  });

  it.each([Role.ASSISTANT_MANAGER, Role.COLLECTOR, Role.ORDER_CLERK, Role.DISPATCHER, Role.DEPARTMENT_HEAD])(
    'refuses %s',
    async (role) => {
      const caller = await app.staff(role);
      const before = await count(app, 'customer');
      expect(errorCodes(await run(app, caller, Register, { input: registration() }))).toEqual(['FORBIDDEN']);
      expect(await count(app, 'customer')).toBe(before);
    },
  );

  it.each([
    ['a name of punctuation only', { name: '  --  ' }, 'name'],
    ['a bad credit code', { creditCode: '123' }, 'creditCode'],
    ['a phone with too few digits', { contactPhone: 'ab-12' }, 'contactPhone'],
    ['latitude without longitude', { latitude: 31.2 }, 'latitude'],
  ])('refuses %s as BAD_USER_INPUT', async (_label, extra, field) => {
    const sales = await app.staff(Role.SALESPERSON);
    const result = await run(app, sales, Register, { input: registration(extra) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(field);
  });
});

describe('checkProspect', () => {
  it('tells who owns a registered customer since when, and never its contact data', async () => {
    const owner = await app.staff(Role.SALESPERSON, { name: 'Prospect Owner' });
    const asker = await app.staff(Role.SALESPERSON);
    const { registerCustomer: c } = await must(app, owner, Register, {
      input: registration({ name: 'Check Me 贸易有限公司', contactPhone: '135-0000-4242' }),
    });
    for (const vars of [{ name: 'check me 贸易 有限公司' }, { phone: '13500004242' }]) {
      const { checkProspect } = await must(app, asker, Check, vars);
      expect(checkProspect).toEqual({
        registered: true,
        firstContactAt: c.firstContactAt,
        owner: { id: String(owner.staff.id), name: 'Prospect Owner' },
        customer: { id: c.id, name: 'Check Me 贸易有限公司' },
      });
    }
    const nested = await run(app, asker, CheckProspectContacts);
    expect(nested.data!.checkProspect.customer).toEqual({ name: 'Check Me 贸易有限公司', contacts: null });
    expect(nested.errors!.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['checkProspect.customer.contacts', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(nested)).not.toContain('13500004242'.slice(3));
  });

  it('answers not registered, and asks for at least one key', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    expect((await must(app, sales, Check, { name: `Nobody ${Date.now()}` })).checkProspect).toEqual({
      registered: false,
      firstContactAt: null,
      owner: null,
      customer: null,
    });
    expect(errorCodes(await run(app, sales, Check, {}))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, null, Check, { name: 'x' }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('reassignCustomer', () => {
  it('moves a customer with a reason, keeping the ownership history, audited', async () => {
    const manager = await app.staff(Role.MANAGER);
    const from = await app.staff(Role.SALESPERSON);
    const to = await app.staff(Role.SALESPERSON);
    const { registerCustomer: c } = await must(app, from, Register, { input: registration() });
    const { reassignCustomer } = await must(app, manager, Reassign, {
      c: c.id,
      o: String(to.staff.id),
      r: 'Owner left the region',
    });
    expect(reassignCustomer.owner.id).toBe(String(to.staff.id));
    expect(reassignCustomer.ownershipHistory).toEqual([
      {
        reason: 'registered (first contact)',
        fromOwner: null,
        toOwner: { id: String(from.staff.id) },
        changedBy: { id: String(from.staff.id) },
      },
      {
        reason: 'Owner left the region',
        fromOwner: { id: String(from.staff.id) },
        toOwner: { id: String(to.staff.id) },
        changedBy: { id: String(manager.staff.id) },
      },
    ]);
    expect(await count(app, 'audit_event', "action = 'customer.reassigned' AND entityId = ?", [c.id])).toBe(1);
  });

  it('refuses other roles, the same owner, a non-salesperson and an empty reason; nothing changes', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const owner = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const collector = await app.staff(Role.COLLECTOR);
    const { registerCustomer: c } = await must(app, owner, Register, { input: registration() });
    for (const role of [Role.SALESPERSON, Role.ASSISTANT_MANAGER, Role.COLLECTOR, Role.ORDER_CLERK]) {
      const caller = role === Role.SALESPERSON ? owner : await app.staff(role);
      expect(
        errorCodes(await run(app, caller, Reassign, { c: c.id, o: String(other.staff.id), r: 'mine now' })),
      ).toEqual(['FORBIDDEN']);
    }
    for (const [o, r, field] of [
      [owner.staff.id, 'same', 'ownerId'],
      [collector.staff.id, 'not sales', 'ownerId'],
      [other.staff.id, '   ', 'reason'],
    ] as const) {
      const result = await run(app, director, Reassign, { c: c.id, o: String(o), r });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(errorCodes(await run(app, director, Reassign, { c: '999999', o: String(other.staff.id), r: 'x' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await customerRow(app, c.id)).ownerId).toBe(owner.staff.id);
    expect(await count(app, 'customer_ownership_change', 'customerId = ?', [Number(c.id)])).toBe(1);
  });
});
