import { errorCodes, TestApp } from '../support/app';
import { count, must, registration, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { migrate } from '../../src/db/data-source';

/**
 * First contact wins against names that only look different: invisible and format characters,
 * Hangul fillers, tag characters, full width and case, and letters borrowed from another alphabet.
 * The identity key is computed in JS and compared as hex, so SQLite and MariaDB decide alike.
 */
const Register = `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id name owner { id } } }`;
const Check = `query($name: String) { checkProspect(name: $name) { registered owner { id } } }`;

let app: TestApp;
let seq = 0;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

/** A fresh base name per test, so tests do not see each other's customers. */
const base = () => `上海 Acme${++seq}x 物流有限公司`;

const INVISIBLES: Array<[string, string]> = [
  ['U+00AD soft hyphen', '\u00AD'],
  ['U+115F Hangul choseong filler', '\u115F'],
  ['U+1160 Hangul jungseong filler', '\u1160'],
  ['U+3164 Hangul filler', '\u3164'],
  ['U+FFA0 halfwidth Hangul filler', '\uFFA0'],
  ['U+200B zero-width space', '\u200B'],
  ['U+200C zero-width non-joiner', '\u200C'],
  ['U+200D zero-width joiner', '\u200D'],
  ['U+2060 word joiner', '\u2060'],
  ['U+FEFF zero-width no-break space', '\uFEFF'],
  ['U+034F combining grapheme joiner', '\u034F'],
  ['U+180E Mongolian vowel separator', '\u180E'],
  ['U+FE0F variation selector', '\uFE0F'],
  ['U+E0041 tag latin capital A', '\u{E0041}'],
  ['U+E007F cancel tag', '\u{E007F}'],
  ['U+2064 invisible plus', '\u2064'],
];

/** Bidi marks are refused outright in any stored text (stored-text.ts); a check still sees through them. */
const BIDI_MARKS: Array<[string, string]> = [
  ['U+061C Arabic letter mark', '\u061C'],
  ['U+200E left-to-right mark', '\u200E'],
  ['U+202E right-to-left override', '\u202E'],
];

describe('first contact against invisible characters', () => {
  it.each(BIDI_MARKS)(
    'refuses a name with %s inside it (BAD_USER_INPUT on name); checkProspect still finds the owner',
    async (_label, mark) => {
      const sales1 = await app.staff(Role.SALESPERSON);
      const sales2 = await app.staff(Role.SALESPERSON);
      const name = base();
      await must(app, sales1, Register, { input: registration({ name }) });
      const before = await count(app, 'customer');
      const lookalike = name.replace('Acme', `Ac${mark}me`);
      const taken = await run(app, sales2, Register, { input: registration({ name: lookalike }) });
      expect(errorCodes(taken)).toEqual(['BAD_USER_INPUT']);
      expect(taken.errors![0].extensions!.field).toBe('name');
      expect(await count(app, 'customer')).toBe(before);
      const check = await must(app, sales2, Check, { name: lookalike });
      expect(check.checkProspect).toEqual({ registered: true, owner: { id: String(sales1.staff.id) } });
    },
  );

  it.each(INVISIBLES)('treats a name with %s inside it as the same customer', async (_label, invisible) => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    const name = base();
    await must(app, sales1, Register, { input: registration({ name }) });
    const before = await count(app, 'customer');
    const lookalike = name.replace('Acme', `Ac${invisible}me`);
    const taken = await run(app, sales2, Register, { input: registration({ name: lookalike }) });
    expect(errorCodes(taken)).toEqual(['CUSTOMER_ALREADY_OWNED']);
    expect(await count(app, 'customer')).toBe(before);
    const check = await must(app, sales2, Check, { name: lookalike });
    expect(check.checkProspect).toEqual({ registered: true, owner: { id: String(sales1.staff.id) } });
  });

  it('treats full width, case, repeated and odd spaces as the same customer', async () => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    await must(app, sales1, Register, { input: registration({ name: `上海 Acme${++seq}q 物流有限公司` }) });
    const wide = `上海\u3000\u3000ＡＣＭＥ${String(seq).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}Ｑ\u00A0物流有限公司`;
    expect(errorCodes(await run(app, sales2, Register, { input: registration({ name: wide }) }))).toEqual([
      'CUSTOMER_ALREADY_OWNED',
    ]);
  });

  it('stores the key as hex of the JS normalization, so the database collation does not decide', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    // Different companies to the DOMAIN's rule (an accent is a letter), equal to MariaDB's unicode_ci.
    const name = `Café Lumière ${++seq}`;
    await must(app, sales, Register, { input: registration({ name }) });
    await must(app, sales, Register, { input: registration({ name: name.replace('é', 'e').replace('è', 'e') }) });
    const rows = await app.db
      .getRepository(Customer)
      .find({ where: [{ name }, { name: name.replace('é', 'e').replace('è', 'e') }] });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.nameKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a name that is nothing but invisible characters and spaces', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const result = await run(app, sales, Register, { input: registration({ name: '\u200B\u3164 \u00AD' }) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('name');
  });
});

describe('first contact against look-alike letters from another alphabet', () => {
  it('refuses a name mixing Latin with a Cyrillic look-alike (BAD_USER_INPUT on name), and writes nothing', async () => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    const name = base();
    await must(app, sales1, Register, { input: registration({ name }) });
    const before = await count(app, 'customer');
    for (const lookalike of [name.replace('A', '\u0410'), name.replace('c', '\u0441'), name.replace('e', '\u03B5')]) {
      const result = await run(app, sales2, Register, { input: registration({ name: lookalike }) });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('name');
      expect(result.errors![0].message).toMatch(/Latin and (Cyrillic|Greek)/);
    }
    expect(await count(app, 'customer')).toBe(before);
  });

  it('matches a word written wholly in Cyrillic look-alikes with its Latin twin', async () => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    const n = ++seq;
    await must(app, sales1, Register, { input: registration({ name: `上海 ACME ${n} 物流有限公司` }) });
    // А С М Е: Cyrillic capitals, no Latin letter left in the name.
    const result = await run(app, sales2, Register, {
      input: registration({ name: `上海 \u0410\u0421\u041C\u0415 ${n} 物流有限公司` }),
    });
    expect(errorCodes(result)).toEqual(['CUSTOMER_ALREADY_OWNED']);
  });

  it('still registers names in one other alphabet that are distinct', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    await must(app, sales, Register, { input: registration({ name: `ООО Ромашка ${++seq}` }) });
    await must(app, sales, Register, { input: registration({ name: `ООО Лютик ${seq}` }) });
  });
});

describe('credit codes get the same treatment', () => {
  it('matches a credit code with invisible characters and full width inside it', async () => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    const code = `91310000MA1FL${String(100000 + ++seq).slice(-5)}`;
    await must(app, sales1, Register, { input: registration({ creditCode: code }) });
    const disguised = `${code.slice(0, 6)}\u200B\u00AD${code.slice(6, 10).replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}${code.slice(10)}`;
    expect(errorCodes(await run(app, sales2, Register, { input: registration({ creditCode: disguised }) }))).toEqual([
      'CUSTOMER_ALREADY_OWNED',
    ]);
  });
});

describe('existing customers get their key computed by the migration', () => {
  it('recomputes keys of rows registered before, keeps the first of two look-alikes and blocks the next', async () => {
    const sales1 = await app.staff(Role.SALESPERSON);
    const sales2 = await app.staff(Role.SALESPERSON);
    const migration = 'CustomerNameKeyAndStaffTokenVersion1796045710045';
    const applied = async () =>
      Number((await app.db.query(`SELECT COUNT(*) AS n FROM migrations WHERE name = '${migration}'`))[0].n);
    expect(await applied()).toBe(1);
    while ((await applied()) === 1) await app.db.undoLastMigration();
    // As the old code stored them: the soft hyphen kept the names apart.
    const name = `Legacy Freight ${++seq}`;
    const insert = (n: string, owner: number, phone: string) =>
      app.db.query(
        'INSERT INTO customer (name, normalizedName, contactName, contactPhone, ownerId) VALUES (?, ?, ?, ?, ?)',
        [n, n.toLowerCase().replace(/\s+/g, ''), 'X', phone, owner],
      );
    await insert(name, sales1.staff.id, `1361000${seq}`);
    await insert(name.replace('Freight', 'Fre\u00ADight'), sales2.staff.id, `1362000${seq}`);
    await migrate(app.db);
    expect(await applied()).toBe(1);
    const rows = await app.db
      .getRepository(Customer)
      .find({ where: [{ contactPhone: `1361000${seq}` }, { contactPhone: `1362000${seq}` }], order: { id: 'ASC' } });
    expect(rows).toHaveLength(2);
    expect(rows[0].nameKey).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[1].nameKey).toBe(`${rows[0].nameKey}#${rows[1].id}`);
    const third = await app.staff(Role.SALESPERSON);
    const result = await run(app, third, Register, {
      input: registration({ name: name.replace('Freight', 'Fr\u200Beight') }),
    });
    expect(errorCodes(result)).toEqual(['CUSTOMER_ALREADY_OWNED']);
    expect(result.errors![0].extensions!.ownerName).toBe(sales1.staff.name);
  });
});
