import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { count, must, registration, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';

/** First contact covers every phone the company holds for a customer, contact persons' included. */
const Register = graphql(`
  mutation ContactPhonesRegister($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      firstContactAt
      owner {
        id
        name
      }
    }
  }
`);
const Check = graphql(`
  query ContactPhonesCheck($phone: String) {
    checkProspect(phone: $phone) {
      registered
      firstContactAt
      owner {
        id
        name
      }
      customer {
        id
      }
    }
  }
`);
const AddContact = graphql(`
  mutation ContactPhonesAddContact($c: ID!, $n: String!, $p: String!) {
    addContactPerson(customerId: $c, name: $n, phone: $p) {
      id
      phone
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

let seq = 0;
const uniquePhone = () =>
  `135${String(process.pid % 1000).padStart(3, '0')}${String(Date.now() % 100000).padStart(5, '0')}${++seq}`;

async function registered(ownerName: string) {
  const owner = await app.staff(Role.SALESPERSON, { name: ownerName });
  const { registerCustomer } = await must(app, owner, Register, { input: registration() });
  return { owner, customer: registerCustomer as { id: string; firstContactAt: string } };
}

describe("a contact person's phone identifies its customer", () => {
  it("refuses registering a customer by a contact person's phone (in any format), naming the owner, and checkProspect finds it", async () => {
    const { owner, customer } = await registered('Phone Owner One');
    const phone = uniquePhone();
    await must(app, owner, AddContact, {
      c: customer.id,
      n: 'Ms Warehouse',
      p: `+${phone.slice(0, 3)} ${phone.slice(3, 7)}-${phone.slice(7)}`,
    });

    const rival = await app.staff(Role.SALESPERSON);
    const refused = await run(app, rival, Register, {
      input: registration({ contactPhone: `(${phone.slice(0, 3)}) ${phone.slice(3)}` }),
    });
    expect(errorCodes(refused)).toEqual(['CUSTOMER_ALREADY_OWNED']);
    expect(refused.errors![0].extensions).toMatchObject({
      ownerName: 'Phone Owner One',
      firstContactAt: customer.firstContactAt,
    });
    expect(JSON.stringify(refused.errors)).not.toContain(phone);

    const check = await must(app, rival, Check, { phone: ` ${phone} ` });
    expect(check.checkProspect).toMatchObject({
      registered: true,
      owner: { id: String(owner.staff.id) },
      customer: { id: customer.id },
    });
  });

  it('refuses a contact person whose phone another customer holds, as main or contact phone, and writes nothing', async () => {
    const first = await registered('Phone Owner Two');
    const contactPhone = uniquePhone();
    await must(app, first.owner, AddContact, { c: first.customer.id, n: 'Mr Accounts', p: contactPhone });
    const mainPhone = (
      await app.db.query('SELECT contactPhone FROM customer WHERE id = ?', [Number(first.customer.id)])
    )[0].contactPhone as string;

    const second = await registered('Phone Owner Three');
    for (const phone of [mainPhone, `${contactPhone.slice(0, 3)}-${contactPhone.slice(3)}`]) {
      const refused = await run(app, second.owner, AddContact, {
        c: second.customer.id,
        n: 'Copied Contact',
        p: phone,
      });
      expect(errorCodes(refused)).toEqual(['CUSTOMER_ALREADY_OWNED']);
      expect(refused.errors![0].extensions).toMatchObject({
        ownerName: 'Phone Owner Two',
        firstContactAt: first.customer.firstContactAt,
      });
      expect(refused.data).toBeNull();
    }
    expect(await count(app, 'contact_person', 'customerId = ?', [Number(second.customer.id)])).toBe(0);

    // The customer's own phones may be shared among its own contacts (a switchboard, say).
    await must(app, first.owner, AddContact, { c: first.customer.id, n: 'Ms Switchboard', p: mainPhone });
    expect(await count(app, 'contact_person', 'customerId = ?', [Number(first.customer.id)])).toBe(2);
  });

  it('reads full-width digits as the digits they show, and refuses digits of other scripts instead of dropping them', async () => {
    const { owner, customer } = await registered('Phone Owner Width');
    const phone = uniquePhone();
    const fullWidth = [...phone].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    const added = await must(app, owner, AddContact, { c: customer.id, n: 'Ms Width', p: fullWidth });
    expect(added.addContactPerson.phone).toBe(phone);
    const rival = await app.staff(Role.SALESPERSON);
    expect(errorCodes(await run(app, rival, Register, { input: registration({ contactPhone: phone }) }))).toEqual([
      'CUSTOMER_ALREADY_OWNED',
    ]);
    // Arabic-Indic digits would otherwise vanish and leave another number that passes.
    const mixed = `${phone.slice(0, 6)}\u0663${phone.slice(6)}`;
    for (const [send, field] of [
      [() => run(app, rival, Register, { input: registration({ contactPhone: mixed }) }), 'contactPhone'],
      [() => run(app, rival, Check, { phone: mixed }), 'phone'],
    ] as const) {
      const refused = await send();
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions?.field).toBe(field);
    }
    const own = await run(app, owner, AddContact, { c: customer.id, n: 'Mixed', p: mixed });
    expect(errorCodes(own)).toEqual(['BAD_USER_INPUT']);
    expect(own.errors![0].extensions?.field).toBe('phone');
  });

  it('gives one winner when two registrations race for one phone under different names', async () => {
    const racers = await Promise.all([1, 2, 3].map(() => app.staff(Role.SALESPERSON)));
    const phone = uniquePhone();
    const results = await Promise.all(
      racers.map((r, i) =>
        run(app, r, Register, { input: registration({ name: `Phone Race ${i} ${phone}`, contactPhone: phone }) }),
      ),
    );
    expect(results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort()).toEqual([
      'CUSTOMER_ALREADY_OWNED',
      'CUSTOMER_ALREADY_OWNED',
      'OK',
    ]);
    expect(await count(app, 'customer_phone', 'phone = ?', [phone])).toBe(1);
  });

  it('gives one holder when a registration and a contact person race for one phone', async () => {
    for (let round = 0; round < 3; round++) {
      const { owner, customer } = await registered(`Phone Racer ${round}`);
      const rival = await app.staff(Role.SALESPERSON);
      const phone = uniquePhone();
      const [added, registeredRival] = await Promise.all([
        run(app, owner, AddContact, { c: customer.id, n: 'Racing Contact', p: phone }),
        run(app, rival, Register, { input: registration({ contactPhone: phone }) }),
      ]);
      const outcomes = [added, registeredRival].map((r) => (r.errors ? errorCodes(r)[0] : 'OK'));
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'OK')).toEqual(['CUSTOMER_ALREADY_OWNED']);
      const holders = await app.db.query('SELECT customerId FROM customer_phone WHERE phone = ?', [phone]);
      expect(holders).toHaveLength(1);
      const owners = (await app.db.query('SELECT COUNT(*) AS n FROM contact_person WHERE phone = ?', [phone]))[0].n;
      const customers = (await app.db.query('SELECT COUNT(*) AS n FROM customer WHERE contactPhone = ?', [phone]))[0].n;
      expect(Number(owners) + Number(customers)).toBe(1);
    }
  });
});
