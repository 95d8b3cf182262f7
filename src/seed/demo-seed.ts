import { DataSource } from 'typeorm';
import { Config } from '../config';
import { hashPassword } from '../auth/passwords';
import { inTransaction } from '../db/transaction';
import { Staff } from '../features/staff/staff.entity';
import { StaffRole } from '../features/staff/staff-role.entity';
import { DepartmentHead } from '../features/staff/department-head.entity';
import { Department, Role } from '../domain/roles';
import { recordAudit } from '../features/audit/audit.service';
import { localDateIn } from '../time';
import { DemoStaffKey, SeedContext } from './seed-context';
import { seedDemoCustomers, seedDemoRates } from './demo-customers';
import { seedDemoTerms } from '../features/approvals/terms.seed';
import { seedDemoAttendance } from '../features/attendance/attendance.seed';
import { seedDemoViolations } from '../features/violations/violation.seed';
import { seedDemoWarehouseOrders } from '../features/warehouse-orders/warehouse-order.seed';
import { seedCustomerRecords } from '../features/customers/customers.seed';
import { seedVisits } from '../features/visits/visits.seed';
import { seedDemoMoney } from '../features/receivables/money-demo.seed';
import { seedDemoExpenses } from '../features/expenses/expenses.seed';
import { seedDemoRulebook } from '../features/ranking/rulebook.seed';

export const DEMO_PASSWORD = 'demo12345';

const DEMO_STAFF: Array<{
  key: DemoStaffKey;
  name: string;
  email: string;
  roles: Role[];
  department: Department;
  heads?: Department;
}> = [
  {
    key: 'director',
    name: '周总 Zhou (Director)',
    email: 'director@demo.example',
    roles: [Role.DIRECTOR],
    department: Department.MARKET,
  },
  {
    key: 'manager',
    name: '王经理 Wang (Manager)',
    email: 'manager@demo.example',
    roles: [Role.MANAGER],
    department: Department.MARKET,
    heads: Department.MARKET,
  },
  {
    key: 'assistant',
    name: '李助理 Li (Assistant)',
    email: 'assistant@demo.example',
    roles: [Role.ASSISTANT_MANAGER],
    department: Department.MARKET,
  },
  {
    key: 'sales1',
    name: '张伟 Zhang Wei',
    email: 'sales1@demo.example',
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  },
  {
    key: 'sales2',
    name: '刘芳 Liu Fang',
    email: 'sales2@demo.example',
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  },
  {
    key: 'collector',
    name: '陈静 Chen Jing (Collector)',
    email: 'collector@demo.example',
    roles: [Role.COLLECTOR],
    department: Department.MARKET,
  },
  {
    key: 'clerk',
    name: '赵敏 Zhao Min (Order clerk)',
    email: 'clerk@demo.example',
    roles: [Role.ORDER_CLERK],
    department: Department.MARKET,
  },
  {
    key: 'dispatcher',
    name: '孙强 Sun Qiang (Dispatcher)',
    email: 'dispatcher@demo.example',
    roles: [Role.DISPATCHER],
    department: Department.DISPATCH,
    heads: Department.DISPATCH,
  },
  {
    key: 'warehouseHead',
    name: '钱磊 Qian Lei (Warehouse head)',
    email: 'warehouse.head@demo.example',
    roles: [Role.DEPARTMENT_HEAD],
    department: Department.WAREHOUSE,
    heads: Department.WAREHOUSE,
  },
  {
    key: 'financeHead',
    name: '吴霞 Wu Xia (Finance head)',
    email: 'finance.head@demo.example',
    roles: [Role.DEPARTMENT_HEAD],
    department: Department.FINANCE,
    heads: Department.FINANCE,
  },
  {
    key: 'operationsHead',
    name: '郑军 Zheng Jun (Operations head)',
    email: 'operations.head@demo.example',
    roles: [Role.DEPARTMENT_HEAD],
    department: Department.OPERATIONS,
    heads: Department.OPERATIONS,
  },
];

/** Feature seeds, in dependency order. Each adds its demo data for the same demo company. */
const featureSeeds: Array<(ctx: SeedContext) => Promise<void>> = [
  seedDemoCustomers,
  seedDemoRates,
  seedDemoTerms,
  seedCustomerRecords,
  seedVisits,
  seedDemoAttendance,
  seedDemoViolations,
  seedDemoWarehouseOrders,
  seedDemoMoney,
  seedDemoExpenses,
  seedDemoRulebook,
];

export function demoLogins(): string[] {
  return DEMO_STAFF.map((s) => `${s.email.padEnd(30)} ${s.roles.join(', ')}${s.heads ? ` (head of ${s.heads})` : ''}`);
}

/**
 * Seeds the demo company into an empty database. Returns false (and does nothing) when staff
 * already exist, so restarts keep whatever the demo users changed.
 */
export async function seedDemoCompany(db: DataSource, config: Config): Promise<boolean> {
  if ((await db.getRepository(Staff).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = await inTransaction(db, async (m) => {
    const byKey = {} as Record<DemoStaffKey, Staff>;
    for (const s of DEMO_STAFF) {
      const row = m.create(Staff, {
        name: s.name,
        email: s.email,
        passwordHash,
        department: s.department,
        active: true,
      });
      row.roleRows = s.roles.map((role) => m.create(StaffRole, { role }));
      byKey[s.key] = await m.save(row);
      if (s.heads) await m.insert(DepartmentHead, { department: s.heads, headId: byKey[s.key].id });
    }
    await recordAudit(m, null, {
      action: 'demo.seeded',
      entityType: 'Company',
      entityId: 'demo',
      summary: 'Seeded the demo company',
    });
    return byKey;
  });
  const ctx: SeedContext = { db, config, staff, today: localDateIn(config.timeZone, new Date()) };
  for (const seed of featureSeeds) await seed(ctx);
  return true;
}
