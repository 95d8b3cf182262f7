import { DEMO_PASSWORD, seedDemoCompany } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';

describe('demo seed', () => {
  it('creates the demo company once, with every department headed, and its logins work', async () => {
    const app = await TestApp.start();
    try {
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      expect(await seedDemoCompany(app.db, app.config)).toBe(false);
      const heads = await app.db.query('SELECT department FROM department_head ORDER BY department');
      expect(heads.map((h: { department: string }) => h.department)).toEqual(['DISPATCH', 'FINANCE', 'MARKET', 'OPERATIONS', 'WAREHOUSE']);
      const logins = ['director', 'manager', 'assistant', 'sales1', 'sales2', 'collector', 'clerk', 'dispatcher', 'warehouse.head', 'finance.head', 'operations.head'];
      for (const who of logins) {
        await app.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: `${who}@demo.example`, p: DEMO_PASSWORD });
      }
    } finally {
      await app.stop();
    }
  });
});
