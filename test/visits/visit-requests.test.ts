import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { count, makeCustomer, must, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';
import { VisitRequest } from '../../src/features/visits/visit-request.entity';
import { addDays, localDateIn } from '../../src/time';

/**
 * The visits below are planned on fixed days of 2026: their customers existed by then (a visit is never planned before
 * its customer existed).
 */
const KNOWN_SINCE_2026 = { firstContactAt: new Date('2026-01-01T00:00:00Z') };

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const Record = graphql(`
  mutation VisitRequestsRecord($c: ID!, $d: LocalDate, $n: String) {
    recordVisitRequest(customerId: $c, preferredDate: $d, note: $n) {
      id
      open
      preferredDate
      note
      requestedAt
      recordedBy {
        id
      }
      customer {
        id
      }
      fulfilledBy {
        id
      }
    }
  }
`);
const Open = graphql(`
  query VisitRequestsOpen($open: Boolean) {
    visitRequests(open: $open) {
      id
      open
      waitedHours
      waitedDays
      customer {
        id
      }
      fulfilledBy {
        id
      }
    }
  }
`);
const Plan = graphql(`
  mutation VisitRequestsPlan($i: PlanVisitInput!) {
    planVisit(input: $i) {
      id
      visitRequest {
        id
        open
      }
    }
  }
`);
const Cancel = graphql(`
  mutation VisitRequestsCancel($v: ID!) {
    cancelVisit(visitId: $v, reason: "Car broke down") {
      id
    }
  }
`);

/** A preferred day a few days ahead of the company's today (a preferred date must lie ahead). */
const preferred = () => addDays(localDateIn('Asia/Shanghai', new Date()), 3);

const planFor = (customerId: number, requestId: string) => ({
  i: {
    customerId: String(customerId),
    plannedAt: '2026-12-01T02:00:00Z',
    purpose: 'Requested visit',
    visitRequestId: requestId,
  },
});

describe('visit requests', () => {
  it('stays open until a visit planned with its id fulfils it; listed oldest first with the time waited', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const r1 = (await must(app, owner, Record, { c: String(c.id), d: preferred(), n: 'Wants to discuss cold chain' }))
      .recordVisitRequest;
    const r2 = (await must(app, manager, Record, { c: String(c.id) })).recordVisitRequest;
    expect(r1).toMatchObject({
      open: true,
      preferredDate: preferred(),
      note: 'Wants to discuss cold chain',
      fulfilledBy: null,
      recordedBy: { id: String(owner.staff.id) },
    });
    await app.db
      .getRepository(VisitRequest)
      .update(Number(r1.id), { requestedAt: new Date(Date.now() - 3 * 86_400_000 - 3_600_000) });
    const open = (await must(app, owner, Open, { open: true })).visitRequests;
    expect(open.map((r: { id: string }) => r.id)).toEqual([r1.id, r2.id]);
    expect(open[0].waitedDays).toBe(3);
    expect(open[0].waitedHours).toBeGreaterThanOrEqual(73);

    const { planVisit } = await must(app, owner, Plan, planFor(c.id, r1.id));
    expect(planVisit.visitRequest).toEqual({ id: r1.id, open: false });
    const stillOpen = (await must(app, owner, Open, { open: true })).visitRequests;
    expect(stillOpen.map((r: { id: string }) => r.id)).toEqual([r2.id]);
    const fulfilled = (await must(app, manager, Open, { open: false })).visitRequests.find(
      (r: { id: string }) => r.id === r1.id,
    );
    expect(fulfilled).toMatchObject({ open: false, fulfilledBy: { id: planVisit.id }, waitedDays: 3 });
    expect(await count(app, 'audit_event', "action = 'visit_request.fulfilled' AND entityId = ?", [r1.id])).toBe(1);
  });

  it('refuses a second visit for a fulfilled request, a request of another customer, and gives one winner in a race', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const other = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const r = (await must(app, owner, Record, { c: String(c.id) })).recordVisitRequest;
    const wrong = await run(app, owner, Plan, planFor(other.id, r.id));
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].extensions!.field).toBe('visitRequestId');
    const race = await Promise.all([
      run(app, owner, Plan, planFor(c.id, r.id)),
      run(app, owner, Plan, planFor(c.id, r.id)),
    ]);
    expect(race.map((x) => (x.errors ? errorCodes(x)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await count(app, 'visit', 'visitRequestId = ?', [Number(r.id)])).toBe(1);
  });

  it('opens again when the visit planned for it is cancelled (a request is never refused)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const r = (await must(app, owner, Record, { c: String(c.id) })).recordVisitRequest;
    const { planVisit } = await must(app, owner, Plan, planFor(c.id, r.id));
    await must(app, owner, Cancel, { v: planVisit.id });
    const open = (await must(app, owner, Open, { open: true })).visitRequests;
    expect(open.map((x: { id: string }) => x.id)).toContain(r.id);
    const again = await must(app, owner, Plan, planFor(c.id, r.id));
    expect(again.planVisit.visitRequest).toEqual({ id: r.id, open: false });
  });

  it("shows a salesperson only their own customers' requests; refuses recording for others' customers and read-only roles", async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const r = (await must(app, owner, Record, { c: String(c.id) })).recordVisitRequest;
    expect((await must(app, other, Open, {})).visitRequests.map((x: { id: string }) => x.id)).not.toContain(r.id);
    expect(
      (await must(app, await app.staff(Role.ASSISTANT_MANAGER), Open, { open: true })).visitRequests.map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(r.id);
    for (const caller of [other, await app.staff(Role.ASSISTANT_MANAGER), await app.staff(Role.COLLECTOR)]) {
      expect(errorCodes(await run(app, caller, Record, { c: String(c.id) }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await run(app, other, Plan, planFor(c.id, r.id)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, await app.staff(Role.COLLECTOR), Open, {}))).toEqual(['FORBIDDEN']);
    expect(await count(app, 'visit_request', 'customerId = ?', [c.id])).toBe(1);
  });
});
