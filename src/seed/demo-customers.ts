import { approvalHooksFor } from '../services';
import { SettlementMethod, CustomerStatus } from '../features/customers/customer-enums';
import { Customer } from '../features/customers/customer.entity';
import { customerNameKey, normalizeCustomerName } from '../features/customers/customer-identity';
import { inTransaction } from '../db/transaction';
import { claimPhone, parsePhone } from '../features/customers/customer-phones';
import { SeedContext, DemoStaffKey } from './seed-context';
import { Actor } from '../auth/actor';
import { Staff } from '../features/staff/staff.entity';
import { ApprovalRequestService } from '../features/approvals/approval-request.service';
import { ApprovalDecisionService } from '../features/approvals/approval-decision.service';
import { ApprovalRequest } from '../features/approvals/approval-request.entity';
import { CustomerRate } from '../features/consignments/customer-rate.entity';
import { startOfLocalDay } from '../time';

/**
 * The demo company's customers, in every status and owned by both demo salespeople. Feature seeds
 * that run after this one find them by name (DEMO_CUSTOMER_NAMES) and add their own records.
 * Payment terms and storage rates are not written here: seedDemoTerms reaches them through
 * approved TERMS_CHANGE requests, the only way they change.
 */
export const DEMO_CUSTOMERS: Array<{
  name: string;
  owner: DemoStaffKey;
  status: CustomerStatus;
  settlement: SettlementMethod;
  rateYuanPerTonne: number;
  termDays: number;
  storageRateFen: number | null;
  contactName: string;
  phone: string;
  creditCode: string | null;
  address: string;
  lat: number | null;
  lng: number | null;
}> = [
  {
    name: '上海 Acme 物流有限公司',
    owner: 'sales1',
    status: CustomerStatus.ACTIVE,
    settlement: SettlementMethod.MONTHLY,
    rateYuanPerTonne: 320,
    termDays: 30,
    storageRateFen: 150,
    contactName: '黄先生',
    phone: '13800000001',
    creditCode: '91310000MA1FL00001',
    address: '上海市浦东新区物流园路1号',
    lat: 31.2304,
    lng: 121.4737,
  },
  {
    name: '杭州顺达贸易有限公司',
    owner: 'sales1',
    status: CustomerStatus.ACTIVE,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 280,
    termDays: 15,
    storageRateFen: null,
    contactName: '林女士',
    phone: '13800000002',
    creditCode: '91330100MA2AB00002',
    address: '杭州市余杭区仓前街88号',
    lat: 30.2741,
    lng: 120.1551,
  },
  {
    name: '苏州恒通电子有限公司',
    owner: 'sales1',
    status: CustomerStatus.INTENT,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 300,
    termDays: 30,
    storageRateFen: null,
    contactName: '徐经理',
    phone: '13800000003',
    creditCode: null,
    address: '苏州工业园区星湖街5号',
    lat: 31.2989,
    lng: 120.5853,
  },
  {
    name: '宁波港联进出口有限公司',
    owner: 'sales1',
    status: CustomerStatus.PROSPECT,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 0,
    termDays: 30,
    storageRateFen: null,
    contactName: '马先生',
    phone: '13800000004',
    creditCode: null,
    address: '宁波市北仑区港城路9号',
    lat: null,
    lng: null,
  },
  {
    name: '南京金陵食品有限公司',
    owner: 'sales2',
    status: CustomerStatus.ACTIVE,
    settlement: SettlementMethod.MONTHLY,
    rateYuanPerTonne: 350,
    termDays: 45,
    storageRateFen: 120,
    contactName: '周女士',
    phone: '13900000001',
    creditCode: '91320100MA3CD00003',
    address: '南京市江宁区食品路66号',
    lat: 32.0603,
    lng: 118.7969,
  },
  {
    name: '无锡新材料科技有限公司',
    owner: 'sales2',
    status: CustomerStatus.ACTIVE,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 310,
    termDays: 30,
    storageRateFen: null,
    contactName: '吴工',
    phone: '13900000002',
    creditCode: null,
    address: '无锡市新吴区科技大道3号',
    lat: 31.4912,
    lng: 120.3119,
  },
  {
    name: '合肥长江家电有限公司',
    owner: 'sales2',
    status: CustomerStatus.LOST,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 290,
    termDays: 30,
    storageRateFen: null,
    contactName: '郑先生',
    phone: '13900000003',
    creditCode: null,
    address: '合肥市高新区长江西路100号',
    lat: null,
    lng: null,
  },
  {
    name: '常州绿源农产品有限公司',
    owner: 'sales2',
    status: CustomerStatus.PROSPECT,
    settlement: SettlementMethod.CASH,
    rateYuanPerTonne: 0,
    termDays: 30,
    storageRateFen: null,
    contactName: '钱女士',
    phone: '13900000004',
    creditCode: null,
    address: '常州市武进区农贸路12号',
    lat: null,
    lng: null,
  },
];

export const DEMO_CUSTOMER_NAMES = DEMO_CUSTOMERS.map((c) => c.name);

export async function seedDemoCustomers(ctx: SeedContext): Promise<void> {
  await inTransaction(ctx.db, async (m) => {
    for (const c of DEMO_CUSTOMERS) {
      const inserted = await m.insert(Customer, {
        name: c.name,
        normalizedName: normalizeCustomerName(c.name),
        nameKey: customerNameKey(c.name),
        creditCode: c.creditCode,
        contactName: c.contactName,
        contactPhone: parsePhone(c.phone, 'phone'),
        address: c.address,
        notes: null,
        status: c.status,
        ownerId: ctx.staff[c.owner].id,
        settlementMethod: c.settlement,
        latitude: c.lat,
        longitude: c.lng,
      });
      await claimPhone(m, Number(inserted.identifiers[0].id), parsePhone(c.phone, 'phone'));
    }
  });
}

const actor = (s: Staff): Actor => ({ id: s.id, name: s.name, roles: s.roles, department: s.department });

/** The first day of the month four months before `today`'s: before every demo consignment. */
function rateHistoryStart(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 5, 1)).toISOString().slice(0, 10);
}

/**
 * Customers get their first freight rate the only way there is: the owner files a rate change and
 * the manager approves it. The demo's history then dates those approvals months back, before the
 * demo consignments, as if they had been decided then. Prospects have no rate yet.
 */
export async function seedDemoRates(ctx: SeedContext): Promise<void> {
  const requests = new ApprovalRequestService(ctx.db, ctx.config.timeZone);
  const decisions = new ApprovalDecisionService(ctx.db, ctx.config, approvalHooksFor(ctx.config));
  const since = rateHistoryStart(ctx.today);
  const decidedAt = startOfLocalDay(ctx.config.timeZone, since);
  for (const c of DEMO_CUSTOMERS) {
    if (!c.rateYuanPerTonne) continue;
    const customer = await ctx.db.getRepository(Customer).findOneByOrFail({ name: c.name });
    const filed = await requests.rateChange(
      actor(ctx.staff[c.owner]),
      String(customer.id),
      c.rateYuanPerTonne * 100,
      '新客户首次运价（合同价）',
    );
    await decisions.approve(actor(ctx.staff.manager), String(filed.id), '同意');
    await ctx.db.getRepository(CustomerRate).update({ requestId: filed.id }, { effectiveFrom: since });
    await ctx.db.getRepository(ApprovalRequest).update({ id: filed.id }, { createdAt: decidedAt, decidedAt });
  }
}
