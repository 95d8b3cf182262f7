import { inTransaction } from '../../db/transaction';
import { SeedContext } from '../../seed/seed-context';
import { DEMO_CUSTOMERS } from '../../seed/demo-customers';
import { addDays } from '../../time';
import { Customer } from '../customers/customer.entity';
import { OrderOrganizingSheet } from './order-organizing-sheet.entity';
import { WarehouseOrder, WarehouseOrderStatus } from './warehouse-order.entity';

/** Warehouse orders of the two demo warehouse customers in every status, and sheets sent to the warehouse. */
export async function seedDemoWarehouseOrders(ctx: SeedContext): Promise<void> {
  const clerk = ctx.staff.clerk.id;
  const verifiedAt = new Date();
  await inTransaction(ctx.db, async (m) => {
    const acme = await m.findOneOrFail(Customer, { where: { name: DEMO_CUSTOMERS[0].name } });
    const jinling = await m.findOneOrFail(Customer, { where: { name: DEMO_CUSTOMERS[4].name } });
    const sheet = async (customerId: number, placedAt: string, daysAgo: number) => {
      const r = await m.insert(OrderOrganizingSheet, {
        customerId,
        placedAt,
        sentOn: addDays(ctx.today, -daysAgo),
        sentById: clerk,
      });
      return Number(r.identifiers[0].id);
    };
    const acmeSheet = await sheet(acme.id, '仓库一号门收发室 B 架第 2 层', 3);
    const jinlingSheet = await sheet(jinling.id, '冷库办公室文件柜 3 号格', 6);
    const order = (
      customerId: number,
      orderNo: string,
      consignee: string,
      daysAgo: number,
      status: WarehouseOrderStatus,
      extra: Partial<WarehouseOrder> = {},
    ) =>
      m.insert(WarehouseOrder, {
        customerId,
        orderNo,
        deliveryNoteNo: `SH-${orderNo}`,
        consignee,
        orderDate: addDays(ctx.today, -daysAgo),
        items: '纸箱装电子元件 40 箱; 托盘 2 个',
        notes: null,
        status,
        verificationNote: status === WarehouseOrderStatus.RECORDED ? null : '与客户核对送货单一致',
        verifiedById: status === WarehouseOrderStatus.RECORDED ? null : clerk,
        verifiedAt: status === WarehouseOrderStatus.RECORDED ? null : verifiedAt,
        sheetId: null,
        recordedById: clerk,
        ...extra,
      });
    await order(acme.id, 'A-1001', '华东配送中心', 8, WarehouseOrderStatus.SENT, {
      sheetId: acmeSheet,
      notes: '收货方要求按门店分装单据',
    });
    await order(acme.id, 'A-1002', '苏州门店', 7, WarehouseOrderStatus.SENT, { sheetId: acmeSheet });
    await order(acme.id, 'A-1003', '华东配送中心', 4, WarehouseOrderStatus.VERIFIED);
    await order(acme.id, 'A-1004', '苏州门店', 3, WarehouseOrderStatus.MISMATCH, {
      verificationNote: '送货单 40 箱, 订单 42 箱: 待客户确认',
    });
    await order(acme.id, 'A-1005', '华东配送中心', 1, WarehouseOrderStatus.RECORDED);
    await order(jinling.id, 'N-2001', '南京鼓楼超市', 9, WarehouseOrderStatus.SENT, {
      sheetId: jinlingSheet,
      items: '冷冻食品 120 箱',
    });
    await order(jinling.id, 'N-2002', '南京鼓楼超市', 2, WarehouseOrderStatus.RECORDED, { items: '冷冻食品 80 箱' });
  });
}
