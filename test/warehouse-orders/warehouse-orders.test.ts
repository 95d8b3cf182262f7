import { graphql } from '../generated';
import { Caller, errorCodes, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { companyToday, countRows, rolesExcept } from '../support/administration-factories';
import { Department, Role } from '../../src/domain/roles';
import { DepartmentHead } from '../../src/features/staff/department-head.entity';
import { addDays } from '../../src/time';

const RecordOrder = graphql(`
  mutation RecordWarehouseOrder($input: RecordWarehouseOrderInput!) {
    recordWarehouseOrder(input: $input) {
      id
      orderNo
      deliveryNoteNo
      consignee
      orderDate
      items
      notes
      status
      verificationNote
      verifiedBy {
        id
      }
      sheet {
        id
      }
      customer {
        id
        name
      }
      recordedBy {
        id
      }
    }
  }
`);
const VerifyOrder = graphql(`
  mutation VerifyWarehouseOrder($id: ID!, $matches: Boolean!, $note: String) {
    verifyWarehouseOrder(id: $id, matchesDeliveryNote: $matches, note: $note) {
      id
      status
      verificationNote
      verifiedAt
      verifiedBy {
        id
      }
    }
  }
`);
const SendSheet = graphql(`
  mutation SendOrderSheet($orderIds: [ID!]!, $placedAt: String!) {
    sendOrderSheetToWarehouse(orderIds: $orderIds, placedAt: $placedAt) {
      id
      placedAt
      sentOn
      customer {
        id
        name
      }
      sentBy {
        id
      }
      consignees
      orders {
        id
        orderNo
        status
        sheet {
          id
        }
      }
    }
  }
`);
const Orders = graphql(`
  query WarehouseOrders($first: Int, $after: String, $status: WarehouseOrderStatus, $customerId: ID) {
    warehouseOrders(first: $first, after: $after, status: $status, customerId: $customerId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          orderNo
          status
          verificationNote
          customer {
            id
          }
        }
      }
    }
  }
`);
const Sheets = graphql(`
  query OrderSheets($customerId: ID, $consignee: String, $from: LocalDate, $to: LocalDate) {
    orderSheets(customerId: $customerId, consignee: $consignee, from: $from, to: $to) {
      totalCount
      edges {
        node {
          id
          placedAt
          sentOn
          customer {
            id
          }
          consignees
          orders {
            orderNo
          }
        }
      }
    }
  }
`);
const SheetAudit = graphql(`
  query SheetAudit($type: String, $id: ID) {
    auditEvents(entityType: $type, entityId: $id) {
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
let owner: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

let orderSeq = 0;
function orderInput(customerId: number, extra: Record<string, unknown> = {}) {
  const n = ++orderSeq;
  return {
    customerId: String(customerId),
    orderNo: `PO-${n}`,
    deliveryNoteNo: `DN-${n}`,
    consignee: 'East Distribution Centre',
    orderDate: '2025-10-10',
    items: '40 cartons of parts',
    ...extra,
  };
}

async function recordOrder(clerk: Caller, customerId: number, extra: Record<string, unknown> = {}) {
  return (await app.ok(RecordOrder, { input: orderInput(customerId, extra) }, clerk)).recordWarehouseOrder;
}

async function verifiedOrder(clerk: Caller, customerId: number, extra: Record<string, unknown> = {}) {
  const order = await recordOrder(clerk, customerId, extra);
  await app.ok(VerifyOrder, { id: order.id, matches: true, note: null }, clerk);
  return order;
}

async function statusOf(id: string): Promise<{ status: string; sheetId: number | null }> {
  const rows = await app.db.query('SELECT status, sheetId FROM warehouse_order WHERE id = ?', [Number(id)]);
  return { status: rows[0].status, sheetId: rows[0].sheetId === null ? null : Number(rows[0].sheetId) };
}

describe('recordWarehouseOrder', () => {
  it('lets the ORDER_CLERK record an order as RECORDED, audited', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner, { name: 'Warehouse Customer Alpha' });
    const order = await recordOrder(clerk, customer.id, { orderNo: '  A-77 ', notes: 'Sort by store' });
    expect(order).toMatchObject({
      orderNo: 'A-77',
      consignee: 'East Distribution Centre',
      orderDate: '2025-10-10',
      items: '40 cartons of parts',
      notes: 'Sort by store',
      status: 'RECORDED',
      verificationNote: null,
      verifiedBy: null,
      sheet: null,
      customer: { id: String(customer.id), name: 'Warehouse Customer Alpha' },
      recordedBy: { id: String(clerk.staff.id) },
    });
    const director = await app.staff(Role.DIRECTOR);
    const audit = await app.ok(SheetAudit, { type: 'WarehouseOrder', id: order.id }, director);
    expect(audit.auditEvents.edges.map((e) => e.node.action)).toEqual(['warehouse_order.recorded']);
  });

  it.each(rolesExcept(Role.ORDER_CLERK))('refuses %s with nothing written', async (role) => {
    const customer = await makeCustomer(app, owner);
    const result = await app.exec(RecordOrder, { input: orderInput(customer.id) }, await app.staff(role));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await countRows(app, 'warehouse_order', 'customerId = ?', [customer.id])).toBe(0);
  });

  it('keeps order numbers unique per customer (CONFLICT), not across customers', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const one = await makeCustomer(app, owner);
    const two = await makeCustomer(app, owner);
    await recordOrder(clerk, one.id, { orderNo: 'SAME-1' });
    const again = await app.exec(RecordOrder, { input: orderInput(one.id, { orderNo: 'SAME-1' }) }, clerk);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).toContain('SAME-1');
    await recordOrder(clerk, two.id, { orderNo: 'SAME-1' });
    expect(await countRows(app, 'warehouse_order', "orderNo = 'SAME-1'")).toBe(2);
  });

  it.each(['orderNo', 'deliveryNoteNo', 'consignee', 'items'])('refuses a blank %s', async (field) => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const result = await app.exec(RecordOrder, { input: orderInput(customer.id, { [field]: '  ' }) }, clerk);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions?.field).toBe(field);
    expect(await countRows(app, 'warehouse_order', 'customerId = ?', [customer.id])).toBe(0);
  });

  it('refuses an unknown customer', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    expect(errorCodes(await app.exec(RecordOrder, { input: orderInput(999999) }, clerk))).toEqual(['NOT_FOUND']);
  });
});

describe('verifyWarehouseOrder', () => {
  it('marks a matching order VERIFIED, audited', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const order = await recordOrder(clerk, customer.id);
    const { verifyWarehouseOrder } = await app.ok(
      VerifyOrder,
      { id: order.id, matches: true, note: 'Checked with Mr Huang' },
      clerk,
    );
    expect(verifyWarehouseOrder).toMatchObject({
      status: 'VERIFIED',
      verificationNote: 'Checked with Mr Huang',
      verifiedBy: { id: String(clerk.staff.id) },
    });
    expect(verifyWarehouseOrder.verifiedAt).toBeTruthy();
    const audit = await app.ok(SheetAudit, { type: 'WarehouseOrder', id: order.id }, await app.staff(Role.MANAGER));
    expect(audit.auditEvents.edges.map((e) => e.node.action)).toEqual([
      'warehouse_order.verified',
      'warehouse_order.recorded',
    ]);
  });

  it('keeps a mismatch open with its note, listed as MISMATCH, until checked again', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const order = await recordOrder(clerk, customer.id);
    const noNote = await app.exec(VerifyOrder, { id: order.id, matches: false, note: ' ' }, clerk);
    expect(errorCodes(noNote)).toEqual(['BAD_USER_INPUT']);
    expect(noNote.errors![0].extensions?.field).toBe('note');
    expect((await statusOf(order.id)).status).toBe('RECORDED');

    const mismatch = await app.ok(
      VerifyOrder,
      { id: order.id, matches: false, note: 'Note says 40 cartons, order 42' },
      clerk,
    );
    expect(mismatch.verifyWarehouseOrder).toMatchObject({
      status: 'MISMATCH',
      verificationNote: 'Note says 40 cartons, order 42',
    });
    const open = await app.ok(Orders, { status: 'MISMATCH', customerId: String(customer.id) }, clerk);
    expect(open.warehouseOrders.edges.map((e) => e.node)).toEqual([
      {
        id: order.id,
        orderNo: order.orderNo,
        status: 'MISMATCH',
        verificationNote: 'Note says 40 cartons, order 42',
        customer: { id: String(customer.id) },
      },
    ]);

    const again = await app.ok(
      VerifyOrder,
      { id: order.id, matches: true, note: 'Customer corrected the note' },
      clerk,
    );
    expect(again.verifyWarehouseOrder).toMatchObject({
      status: 'VERIFIED',
      verificationNote: 'Customer corrected the note',
    });
    expect(
      (await app.ok(Orders, { status: 'MISMATCH', customerId: String(customer.id) }, clerk)).warehouseOrders.totalCount,
    ).toBe(0);
  });

  it('refuses to verify a VERIFIED or SENT order again (CONFLICT)', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const verified = await verifiedOrder(clerk, customer.id);
    expect(
      errorCodes(await app.exec(VerifyOrder, { id: verified.id, matches: false, note: 'late doubt' }, clerk)),
    ).toEqual(['CONFLICT']);
    await app.ok(SendSheet, { orderIds: [verified.id], placedAt: 'Dock 1' }, clerk);
    const sent = await app.exec(VerifyOrder, { id: verified.id, matches: true, note: null }, clerk);
    expect(errorCodes(sent)).toEqual(['CONFLICT']);
    expect(await statusOf(verified.id)).toMatchObject({ status: 'SENT' });
  });

  it.each(rolesExcept(Role.ORDER_CLERK))('refuses %s with nothing changed', async (role) => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const order = await recordOrder(clerk, customer.id);
    const result = await app.exec(VerifyOrder, { id: order.id, matches: true, note: null }, await app.staff(role));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await statusOf(order.id)).toEqual({ status: 'RECORDED', sheetId: null });
  });

  it('refuses an unknown order', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    expect(errorCodes(await app.exec(VerifyOrder, { id: '999999', matches: true, note: null }, clerk))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('sendOrderSheetToWarehouse', () => {
  it('puts verified orders on a sheet sent to the warehouse with where the documents were placed, audited', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner, { name: 'Sheet Customer' });
    const a = await verifiedOrder(clerk, customer.id, { consignee: 'Suzhou Store' });
    const b = await verifiedOrder(clerk, customer.id, { consignee: 'East Distribution Centre' });
    const { sendOrderSheetToWarehouse: sheet } = await app.ok(
      SendSheet,
      { orderIds: [b.id, a.id], placedAt: ' Gate 1 mail room, shelf B2 ' },
      clerk,
    );
    expect(sheet).toMatchObject({
      placedAt: 'Gate 1 mail room, shelf B2',
      sentOn: companyToday(app),
      customer: { id: String(customer.id), name: 'Sheet Customer' },
      sentBy: { id: String(clerk.staff.id) },
      consignees: ['East Distribution Centre', 'Suzhou Store'],
    });
    expect(sheet.orders).toEqual([
      { id: a.id, orderNo: a.orderNo, status: 'SENT', sheet: { id: sheet.id } },
      { id: b.id, orderNo: b.orderNo, status: 'SENT', sheet: { id: sheet.id } },
    ]);
    const audit = await app.ok(
      SheetAudit,
      { type: 'OrderOrganizingSheet', id: sheet.id },
      await app.staff(Role.DIRECTOR),
    );
    expect(audit.auditEvents.edges).toHaveLength(1);
    expect(audit.auditEvents.edges[0].node).toMatchObject({
      action: 'order_sheet.sent',
      actor: { id: String(clerk.staff.id) },
    });
    expect(audit.auditEvents.edges[0].node.summary).toContain('Gate 1 mail room, shelf B2');
  });

  it.each(rolesExcept(Role.ORDER_CLERK))('refuses %s with nothing written', async (role) => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const order = await verifiedOrder(clerk, customer.id);
    const result = await app.exec(SendSheet, { orderIds: [order.id], placedAt: 'Dock 2' }, await app.staff(role));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await statusOf(order.id)).toEqual({ status: 'VERIFIED', sheetId: null });
    expect(await countRows(app, 'order_organizing_sheet', 'customerId = ?', [customer.id])).toBe(0);
  });

  it.each([
    ['RECORDED', 'has not been checked'],
    ['MISMATCH', 'does not match'],
  ])('refuses the whole sheet when one order is %s, naming it, with nothing changed', async (status, words) => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const good = await verifiedOrder(clerk, customer.id);
    const bad = await recordOrder(clerk, customer.id);
    if (status === 'MISMATCH')
      await app.ok(VerifyOrder, { id: bad.id, matches: false, note: 'two cartons short' }, clerk);
    const result = await app.exec(SendSheet, { orderIds: [good.id, bad.id], placedAt: 'Dock 3' }, clerk);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions?.field).toBe('orderIds');
    expect(result.errors![0].message).toContain(bad.orderNo);
    expect(result.errors![0].message).toContain(words);
    expect(await statusOf(good.id)).toEqual({ status: 'VERIFIED', sheetId: null });
    expect(await statusOf(bad.id)).toEqual({ status, sheetId: null });
    expect(await countRows(app, 'order_organizing_sheet', 'customerId = ?', [customer.id])).toBe(0);
  });

  it('refuses an order already on a sheet (CONFLICT naming it), with nothing changed', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const sent = await verifiedOrder(clerk, customer.id);
    const fresh = await verifiedOrder(clerk, customer.id);
    const first = await app.ok(SendSheet, { orderIds: [sent.id], placedAt: 'Dock 4' }, clerk);
    const result = await app.exec(SendSheet, { orderIds: [fresh.id, sent.id], placedAt: 'Dock 4' }, clerk);
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors![0].message).toContain(sent.orderNo);
    expect(await statusOf(fresh.id)).toEqual({ status: 'VERIFIED', sheetId: null });
    expect(await statusOf(sent.id)).toEqual({ status: 'SENT', sheetId: Number(first.sendOrderSheetToWarehouse.id) });
    expect(await countRows(app, 'order_organizing_sheet', 'customerId = ?', [customer.id])).toBe(1);
  });

  it('sends the same orders once when two clerks send them at the same moment', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const other = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const a = await verifiedOrder(clerk, customer.id);
    const b = await verifiedOrder(clerk, customer.id);
    const results = await Promise.all([
      app.exec(SendSheet, { orderIds: [a.id, b.id], placedAt: 'Dock 5' }, clerk),
      app.exec(SendSheet, { orderIds: [b.id, a.id], placedAt: 'Dock 6' }, other),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => errorCodes(r))).toEqual(['CONFLICT']);
    expect(await countRows(app, 'order_organizing_sheet', 'customerId = ?', [customer.id])).toBe(1);
    const sheetIds = new Set([(await statusOf(a.id)).sheetId, (await statusOf(b.id)).sheetId]);
    expect(sheetIds.size).toBe(1);
  });

  it('refuses orders of two customers on one sheet, no orders, a blank place, and an unknown order', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const one = await verifiedOrder(clerk, (await makeCustomer(app, owner)).id);
    const two = await verifiedOrder(clerk, (await makeCustomer(app, owner)).id);
    const mixed = await app.exec(SendSheet, { orderIds: [one.id, two.id], placedAt: 'Dock 7' }, clerk);
    expect(errorCodes(mixed)).toEqual(['BAD_USER_INPUT']);
    expect(mixed.errors![0].message).toContain(two.orderNo);
    const none = await app.exec(SendSheet, { orderIds: [], placedAt: 'Dock 7' }, clerk);
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderIds' });
    const blank = await app.exec(SendSheet, { orderIds: [one.id], placedAt: '  ' }, clerk);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placedAt' });
    expect(errorCodes(await app.exec(SendSheet, { orderIds: [one.id, '999999'], placedAt: 'Dock 7' }, clerk))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await statusOf(one.id)).toEqual({ status: 'VERIFIED', sheetId: null });
    expect(await statusOf(two.id)).toEqual({ status: 'VERIFIED', sheetId: null });
  });
});

describe('warehouseOrders', () => {
  it.each([Role.ORDER_CLERK, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])(
    'lists them by status for %s, in pages',
    async (role) => {
      const clerk = await app.staff(Role.ORDER_CLERK);
      const customer = await makeCustomer(app, owner);
      const recorded = await recordOrder(clerk, customer.id);
      const verified = await verifiedOrder(clerk, customer.id);
      const mismatch = await recordOrder(clerk, customer.id);
      await app.ok(VerifyOrder, { id: mismatch.id, matches: false, note: 'wrong consignee' }, clerk);
      const sent = await verifiedOrder(clerk, customer.id);
      await app.ok(SendSheet, { orderIds: [sent.id], placedAt: 'Dock 8' }, clerk);
      const reader = await app.staff(role);
      const expected: Record<string, string> = {
        RECORDED: recorded.id,
        VERIFIED: verified.id,
        MISMATCH: mismatch.id,
        SENT: sent.id,
      };
      for (const [status, id] of Object.entries(expected)) {
        const { warehouseOrders } = await app.ok(
          Orders,
          { status: status as 'RECORDED', customerId: String(customer.id) },
          reader,
        );
        expect(warehouseOrders.edges.map((e) => [e.node.id, e.node.status])).toEqual([[id, status]]);
      }
      const page1 = await app.ok(Orders, { first: 3, customerId: String(customer.id) }, reader);
      expect(page1.warehouseOrders.totalCount).toBe(4);
      expect(page1.warehouseOrders.edges.map((e) => e.node.id)).toEqual([sent.id, mismatch.id, verified.id]);
      const page2 = await app.ok(
        Orders,
        { first: 3, after: page1.warehouseOrders.pageInfo.endCursor, customerId: String(customer.id) },
        reader,
      );
      expect(page2.warehouseOrders.edges.map((e) => e.node.id)).toEqual([recorded.id]);
      expect(page2.warehouseOrders.pageInfo.hasNextPage).toBe(false);
    },
  );

  it.each(rolesExcept(Role.ORDER_CLERK, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR))(
    'refuses %s',
    async (role) => {
      expect(errorCodes(await app.exec(Orders, {}, await app.staff(role)))).toEqual(['FORBIDDEN']);
    },
  );
});

describe('orderSheets', () => {
  async function twoSheets() {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const customer = await makeCustomer(app, owner);
    const other = await makeCustomer(app, owner);
    const tag = `${Date.now()}${orderSeq}`;
    const a = await verifiedOrder(clerk, customer.id, { consignee: `Suzhou Store ${tag}` });
    const b = await verifiedOrder(clerk, customer.id, { consignee: `Nanjing Hub ${tag}` });
    const c = await verifiedOrder(clerk, other.id, { consignee: `Nanjing Hub ${tag}` });
    const s1 = (await app.ok(SendSheet, { orderIds: [a.id], placedAt: 'Shelf A' }, clerk)).sendOrderSheetToWarehouse;
    const s2 = (await app.ok(SendSheet, { orderIds: [b.id], placedAt: 'Shelf B' }, clerk)).sendOrderSheetToWarehouse;
    const s3 = (await app.ok(SendSheet, { orderIds: [c.id], placedAt: 'Shelf C' }, clerk)).sendOrderSheetToWarehouse;
    return { clerk, customer, other, tag, s1, s2, s3 };
  }

  it('finds sheets by customer, consignee (any part, any case) and day sent', async () => {
    const { clerk, customer, tag, s1, s2, s3 } = await twoSheets();
    const ids = async (vars: Record<string, string>) =>
      (await app.ok(Sheets, vars, clerk)).orderSheets.edges.map((e) => e.node.id);
    expect(await ids({ customerId: String(customer.id) })).toEqual([s2.id, s1.id]);
    expect(await ids({ consignee: `nanjing hub ${tag}` })).toEqual([s3.id, s2.id]);
    expect(await ids({ consignee: `NANJING HUB ${tag}`, customerId: String(customer.id) })).toEqual([s2.id]);
    expect(await ids({ consignee: `store ${tag}` })).toEqual([s1.id]);
    expect(await ids({ consignee: `100%_${tag}` })).toEqual([]);
    const today = companyToday(app);
    expect(await ids({ customerId: String(customer.id), from: today, to: today })).toEqual([s2.id, s1.id]);
    expect(await ids({ customerId: String(customer.id), from: addDays(today, 1) })).toEqual([]);
    expect(await ids({ customerId: String(customer.id), to: addDays(today, -1) })).toEqual([]);
    const { orderSheets } = await app.ok(Sheets, { customerId: String(customer.id), consignee: 'suzhou' }, clerk);
    expect(orderSheets.edges[0].node).toMatchObject({
      placedAt: 'Shelf A',
      sentOn: today,
      customer: { id: String(customer.id) },
      consignees: [`Suzhou Store ${tag}`],
    });
    const backwards = await app.exec(Sheets, { from: today, to: addDays(today, -1) }, clerk);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it.each([Role.ORDER_CLERK, Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR])(
    'lets %s read them',
    async (role) => {
      const { customer, s1, s2 } = await twoSheets();
      const { orderSheets } = await app.ok(Sheets, { customerId: String(customer.id) }, await app.staff(role));
      expect(orderSheets.edges.map((e) => e.node.id)).toEqual([s2.id, s1.id]);
    },
  );

  it('lets the head of the warehouse read them, but not the head of another department', async () => {
    const { customer, s1, s2 } = await twoSheets();
    const warehouseHead = await app.staff(Role.DEPARTMENT_HEAD, { department: Department.WAREHOUSE });
    const financeHead = await app.staff(Role.DEPARTMENT_HEAD, { department: Department.FINANCE });
    await app.db.getRepository(DepartmentHead).save([
      { department: Department.WAREHOUSE, headId: warehouseHead.staff.id },
      { department: Department.FINANCE, headId: financeHead.staff.id },
    ]);
    const { orderSheets } = await app.ok(Sheets, { customerId: String(customer.id) }, warehouseHead);
    expect(orderSheets.edges.map((e) => e.node.id)).toEqual([s2.id, s1.id]);
    expect(errorCodes(await app.exec(Sheets, { customerId: String(customer.id) }, financeHead))).toEqual(['FORBIDDEN']);
  });

  it.each([Role.SALESPERSON, Role.COLLECTOR, Role.DISPATCHER, Role.DEPARTMENT_HEAD])(
    'refuses %s (not heading the warehouse)',
    async (role) => {
      expect(errorCodes(await app.exec(Sheets, {}, await app.staff(role)))).toEqual(['FORBIDDEN']);
    },
  );
});
