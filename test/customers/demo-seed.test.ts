import { seedDemoCompany, DEMO_PASSWORD } from '../../src/seed/demo-seed';
import { TestApp } from '../support/app';
import { count, must } from '../support/customer-factories';
import { graphql } from '../generated';

const CustomersDemoLogin = graphql(`
  mutation CustomersDemoLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const CustomersDemoVisitRequests = graphql(`
  query CustomersDemoVisitRequests {
    visitRequests(open: true) {
      id
      open
      customer {
        name
      }
    }
  }
`);
const CustomersDemoFulfilledRequests = graphql(`
  query CustomersDemoFulfilledRequests {
    visitRequests(open: false) {
      fulfilledBy {
        status
      }
    }
  }
`);
const CustomersDemoSatisfactionAverages = graphql(`
  query CustomersDemoSatisfactionAverages {
    satisfactionAverages {
      department
      averageScore
    }
  }
`);

describe('demo seed: customers and visits', () => {
  it('has customers in every status for both salespeople, their records, visits in every state and open visit requests', async () => {
    const app = await TestApp.start();
    try {
      expect(await seedDemoCompany(app.db, app.config)).toBe(true);
      const byStatus = await app.db.query(`SELECT c.status, s.email FROM customer c JOIN staff s ON s.id = c.ownerId`);
      const statuses = (email: string) =>
        new Set(byStatus.filter((r: { email: string }) => r.email === email).map((r: { status: string }) => r.status));
      expect(new Set([...statuses('sales1@demo.example'), ...statuses('sales2@demo.example')])).toEqual(
        new Set(['PROSPECT', 'INTENT', 'ACTIVE', 'LOST']),
      );
      expect(statuses('sales1@demo.example').size).toBeGreaterThan(1);
      expect(statuses('sales2@demo.example').size).toBeGreaterThan(1);
      for (const table of [
        'contact_person',
        'intent_report',
        'lost_customer_analysis',
        'satisfaction_survey',
        'contact_log_entry',
        'customer_ownership_change',
      ]) {
        expect(await count(app, table)).toBeGreaterThan(0);
      }
      const visitStatuses = (await app.db.query('SELECT DISTINCT status FROM visit'))
        .map((r: { status: string }) => r.status)
        .sort();
      expect(visitStatuses).toEqual(['CANCELLED', 'CHECKED_IN', 'COMPLETED', 'FALSE_REPORT', 'PLANNED']);
      expect(await count(app, 'attendance_record', "status = 'UNEXCUSED_ABSENCE' AND falseVisitId IS NOT NULL")).toBe(
        1,
      );

      const { login } = await must(app, null, CustomersDemoLogin, {
        email: 'manager@demo.example',
        password: DEMO_PASSWORD,
      });
      const { visitRequests } = await must(app, login.token, CustomersDemoVisitRequests);
      expect(visitRequests.length).toBe(2);
      const { visitRequests: fulfilled } = await must(app, login.token, CustomersDemoFulfilledRequests);
      expect(fulfilled).toEqual([{ fulfilledBy: { status: 'PLANNED' } }]);
      const { satisfactionAverages } = await must(app, login.token, CustomersDemoSatisfactionAverages);
      expect(satisfactionAverages.length).toBeGreaterThan(2);
    } finally {
      await app.stop();
    }
  });
});
