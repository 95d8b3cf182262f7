import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { count, makeCustomer, must, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';

const OnePage = graphql(`
  query CustomerPrivacyOnePage($f: CustomerFilter) {
    customers(first: 100, filter: $f) {
      edges {
        node {
          owner {
            name
          }
          contacts {
            name
          }
          address
          ownershipHistory {
            reason
          }
        }
      }
    }
  }
`);

const Customers = graphql(`
  query CustomerPrivacyCustomers {
    customers(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          owner {
            id
          }
          settlementMethod
          freightRate
          contacts {
            name
            phone
          }
          address
          notes
        }
      }
    }
  }
`);
const CustomerDoc = graphql(`
  query CustomerPrivacyCustomer($id: ID!) {
    customer(id: $id) {
      name
      contacts {
        phone
      }
      latitude
      longitude
    }
  }
`);
const PlanVisit = graphql(`
  mutation CustomerPrivacyPlanVisit($i: PlanVisitInput!) {
    planVisit(input: $i) {
      id
    }
  }
`);
const ReassignCustomer = graphql(`
  mutation CustomerPrivacyReassignCustomer($c: ID!, $o: ID!) {
    reassignCustomer(customerId: $c, ownerId: $o, reason: "territory") {
      id
    }
  }
`);
const Visits = graphql(`
  query CustomerPrivacyVisits {
    visits {
      edges {
        node {
          id
          customer {
            name
            contacts {
              name
            }
          }
        }
      }
    }
  }
`);
const Customer2 = graphql(`
  query CustomerPrivacyCustomer2($id: ID!) {
    customer(id: $id) {
      contacts {
        name
      }
      address
    }
  }
`);
const Customer3 = graphql(`
  query CustomerPrivacyCustomer3($id: ID!) {
    customer(id: $id) {
      name
      contacts {
        name
      }
    }
  }
`);
const Customers3 = graphql(`
  query CustomerPrivacyCustomers3($o: ID!) {
    customers(filter: { ownerId: $o }) {
      edges {
        node {
          name
        }
      }
    }
  }
`);
const ContactAccessLog = graphql(`
  query CustomerPrivacyContactAccessLog($c: ID) {
    contactAccessLog(customerId: $c) {
      totalCount
      edges {
        node {
          at
          staff {
            id
          }
          customer {
            id
          }
          owner {
            id
          }
        }
      }
    }
  }
`);
const ContactAccessLog2 = graphql(`
  query CustomerPrivacyContactAccessLog2 {
    contactAccessLog {
      totalCount
    }
  }
`);
const Customer4 = graphql(`
  query CustomerPrivacyCustomer4($id: ID!) {
    customer(id: $id) {
      contacts {
        id
        name
        primary
      }
    }
  }
`);
const Customer5 = graphql(`
  query CustomerPrivacyCustomer5($id: ID!) {
    customer(id: $id) {
      address
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

type Row = {
  id: string;
  name: string;
  contacts: Array<{ name: string; phone: string }> | null;
  address: string | null;
  notes: string | null;
};

/** Counts the SQL statements the database driver runs while `work` runs. */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const runner = app.db.createQueryRunner();
  const proto = Object.getPrototypeOf(runner);
  await runner.release();
  const spy = jest.spyOn(proto, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('contact privacy', () => {
  it('shows contacts of own customers and null + FORBIDDEN on each other customer in one list, with the rest intact', async () => {
    const me = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const mine = await makeCustomer(app, me, { contactName: 'My Contact', address: 'My Road', notes: 'my notes' });
    const theirs = await makeCustomer(app, other, {
      contactName: 'Their Contact',
      address: 'Their Road',
      notes: 'their notes',
    });
    const result = await run(app, me, Customers);
    const rows: Row[] = result.data!.customers.edges.map((e: { node: Row }) => e.node);
    const mineRow = rows.find((r) => r.id === String(mine.id))!;
    const theirRow = rows.find((r) => r.id === String(theirs.id))!;
    expect(mineRow).toMatchObject({
      name: mine.name,
      contacts: [{ name: 'My Contact', phone: mine.contactPhone }],
      address: 'My Road',
      notes: 'my notes',
      freightRate: '300.00',
    });
    expect(theirRow).toMatchObject({
      name: theirs.name,
      contacts: null,
      address: null,
      notes: null,
      status: 'ACTIVE',
      owner: { id: String(other.staff.id) },
    });
    const index = rows.indexOf(theirRow);
    const denied = result.errors!.filter((e) => e.path?.[2] === index);
    expect(denied.map((e) => [e.path!.slice(4).join('.'), e.extensions?.code]).sort()).toEqual([
      ['address', 'FORBIDDEN'],
      ['contacts', 'FORBIDDEN'],
      ['notes', 'FORBIDDEN'],
    ]);
    expect(result.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(result.errors!.some((e) => e.path?.[2] === rows.indexOf(mineRow))).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Their Contact');
    expect(JSON.stringify(result)).not.toContain(theirs.contactPhone);
  });

  it('denies by every path: the single customer, aliases, fragments, and nested through visits', async () => {
    const me = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const theirs = await makeCustomer(app, other, { contactName: 'Hidden Person', latitude: 31.2, longitude: 121.4 });
    const single = await run(app, me, CustomerDoc, { id: String(theirs.id) });
    expect(single.data?.customer).toEqual({ name: theirs.name, contacts: null, latitude: null, longitude: null });
    expect(errorCodes(single)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);

    const aliased = await run(
      app,
      me,
      `query($id: ID!) { c: customer(id: $id) { n: name people: contacts { who: name } ...F } }
      fragment F on Customer { addr: address more: contacts { phone } }`,
      { id: String(theirs.id) },
    );
    expect(aliased.data.c).toEqual({ n: theirs.name, people: null, addr: null, more: null });
    expect(aliased.errors!.map((e) => e.path!.join('.')).sort()).toEqual(['c.addr', 'c.more', 'c.people']);

    // A visit of mine to a customer that has since been moved to another salesperson.
    const moved = await makeCustomer(app, me, { contactName: 'Moved Person' });
    const { planVisit } = await must(app, me, PlanVisit, {
      i: { customerId: String(moved.id), plannedAt: new Date().toISOString(), purpose: 'intro' },
    });
    await must(app, manager, ReassignCustomer, { c: String(moved.id), o: String(other.staff.id) });
    const nested = await run(app, me, Visits);
    const node = nested.data!.visits.edges.find((e: { node: { id: string } }) => e.node.id === planVisit.id)!.node;
    expect(node.customer).toEqual({ name: moved.name, contacts: null });
    expect(nested.errors!.map((e) => [e.path!.slice(-2).join('.'), e.extensions?.code])).toEqual([
      ['customer.contacts', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(nested)).not.toContain('Moved Person');
  });

  it.each([Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER, Role.COLLECTOR, Role.ORDER_CLERK])(
    "lets %s see every customer's contacts",
    async (role) => {
      const owner = await app.staff(Role.SALESPERSON);
      const c = await makeCustomer(app, owner, { contactName: 'Visible Person', address: 'Open Road' });
      const reader = await app.staff(role);
      const { customer } = await must(app, reader, Customer2, { id: String(c.id) });
      expect(customer).toEqual({ contacts: [{ name: 'Visible Person' }], address: 'Open Road' });
    },
  );

  it.each([Role.DISPATCHER, Role.DEPARTMENT_HEAD, Role.SALESPERSON])(
    'hides contacts from %s who does not own the customer',
    async (role) => {
      const owner = await app.staff(Role.SALESPERSON);
      const c = await makeCustomer(app, owner);
      const reader = await app.staff(role);
      const result = await run(app, reader, Customer3, {
        id: String(c.id),
      });
      expect(result.data?.customer).toEqual({ name: c.name, contacts: null });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    },
  );
});

describe('contact access log', () => {
  it("records reads by non-owners once per customer per request, not the owner's own reads, for leaders to list", async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const collector = await app.staff(Role.COLLECTOR);
    const director = await app.staff(Role.DIRECTOR);
    const a = await makeCustomer(app, owner);
    const b = await makeCustomer(app, owner);
    const q = graphql(`
      query CustomerPrivacyCustomers2($o: ID!) {
        customers(filter: { ownerId: $o }) {
          edges {
            node {
              contacts {
                name
              }
              address
              notes
              again: contacts {
                phone
              }
            }
          }
        }
      }
    `);
    await must(app, owner, q, { o: String(owner.staff.id) });
    expect(await count(app, 'contact_access', 'ownerId = ?', [owner.staff.id])).toBe(0);
    await must(app, collector, q, { o: String(owner.staff.id) });
    expect(
      await count(app, 'contact_access', 'ownerId = ? AND staffId = ?', [owner.staff.id, collector.staff.id]),
    ).toBe(2);
    const names = await must(app, collector, Customers3, { o: String(owner.staff.id) });
    expect(names.customers.edges).toHaveLength(2);
    expect(await count(app, 'contact_access', 'ownerId = ?', [owner.staff.id])).toBe(2);

    const { contactAccessLog } = await must(app, director, ContactAccessLog, { c: String(a.id) });
    expect(contactAccessLog.totalCount).toBe(1);
    expect(contactAccessLog.edges[0].node).toMatchObject({
      staff: { id: String(collector.staff.id) },
      customer: { id: String(a.id) },
      owner: { id: String(owner.staff.id) },
    });
    expect(b.id).toBeGreaterThan(0);
  });

  it('costs the same number of statements for 2 customers as for 12 (batched loaders and one log insert)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const clerk = await app.staff(Role.ORDER_CLERK);
    const small = await app.staff(Role.SALESPERSON);
    for (let i = 0; i < 2; i++) await makeCustomer(app, small);
    for (let i = 0; i < 6; i++) {
      await makeCustomer(app, owner);
      await makeCustomer(app, other);
    }
    const onePage = (f?: { ownerId: string }) => app.ok(OnePage, { f }, clerk);
    await onePage({ ownerId: String(small.staff.id) });
    const few = await countQueries(() => onePage({ ownerId: String(small.staff.id) }));
    const many = await countQueries(() => onePage());
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('is for DIRECTOR and MANAGER only', async () => {
    for (const role of [Role.SALESPERSON, Role.ASSISTANT_MANAGER, Role.COLLECTOR, Role.ORDER_CLERK]) {
      expect(errorCodes(await run(app, await app.staff(role), ContactAccessLog2))).toEqual(['FORBIDDEN']);
    }
    await must(app, await app.staff(Role.MANAGER), ContactAccessLog2);
  });
});

describe('addContactPerson and updateCustomerDetails', () => {
  const Add = graphql(`
    mutation CustomerPrivacyAddContactPerson($c: ID!, $n: String!, $p: String!, $t: String) {
      addContactPerson(customerId: $c, name: $n, phone: $p, title: $t) {
        id
        name
        phone
        title
        primary
      }
    }
  `);
  const Update = graphql(`
    mutation CustomerPrivacyUpdateCustomerDetails($c: ID!, $i: UpdateCustomerDetailsInput!) {
      updateCustomerDetails(customerId: $c, input: $i) {
        id
        address
        notes
        contacts {
          name
        }
      }
    }
  `);

  it('lets the owner and leaders add contact persons, listed after the registration contact', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, { contactName: 'First' });
    const { addContactPerson } = await must(app, owner, Add, {
      c: String(c.id),
      n: 'Second',
      p: '021-5555 1234',
      t: '物流经理',
    });
    expect(addContactPerson).toMatchObject({ name: 'Second', phone: '02155551234', title: '物流经理', primary: false });
    await must(app, manager, Add, { c: String(c.id), n: 'Third', p: '13000000003' });
    const { customer } = await must(app, owner, Customer4, { id: String(c.id) });
    expect(
      customer!.contacts!.map((p: { name: string; primary: boolean; id: string | null }) => [
        p.name,
        p.primary,
        p.id === null,
      ]),
    ).toEqual([
      ['First', true, true],
      ['Second', false, false],
      ['Third', false, false],
    ]);
  });

  it('refuses other salespeople and roles without the right; nothing changes', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { address: 'Old Road' });
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.COLLECTOR),
      await app.staff(Role.ASSISTANT_MANAGER),
    ]) {
      expect(errorCodes(await run(app, caller, Add, { c: String(c.id), n: 'Spy', p: '13000000009' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await run(app, caller, Update, { c: String(c.id), i: { address: 'Stolen Road' } }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(await count(app, 'contact_person', 'customerId = ?', [c.id])).toBe(0);
    const { customer } = await must(app, owner, Customer5, {
      id: String(c.id),
    });
    expect(customer?.address).toBe('Old Road');
  });

  it('lets the owner edit contact details but offers no way to change rate or settlement', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { address: 'Old Road' });
    const { updateCustomerDetails } = await must(app, owner, Update, {
      c: String(c.id),
      i: { address: 'New Road', notes: 'gate 3', contactName: 'Renamed' },
    });
    expect(updateCustomerDetails).toMatchObject({
      address: 'New Road',
      notes: 'gate 3',
      contacts: [{ name: 'Renamed' }],
    });
    const sneaky = await run(
      app,
      owner,
      `mutation($c: ID!) { updateCustomerDetails(customerId: $c, input: { freightRate: "1.00", settlementMethod: MONTHLY }) { id } }`,
      { c: String(c.id) },
    );
    expect(errorCodes(sneaky)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    const sneakyRegister = await run(
      app,
      owner,
      `mutation { registerCustomer(input: { name: "X", contactName: "Y", contactPhone: "13000000000", freightRate: "1.00" }) { id } }`,
    );
    expect(errorCodes(sneakyRegister)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    const row = await app.db.query('SELECT freightRate, settlementMethod FROM customer WHERE id = ?', [c.id]);
    expect([Number(row[0].freightRate), row[0].settlementMethod]).toEqual([30000, 'CASH']);
  });
});
