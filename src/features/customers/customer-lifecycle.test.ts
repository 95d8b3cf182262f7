import { ALLOWED_TRANSITIONS, assertTransition } from './customer-lifecycle';
import { CustomerStatus } from './customer-enums';

const { PROSPECT, INTENT, ACTIVE, LOST } = CustomerStatus;

describe('customer status transitions', () => {
  const allowed: Array<[CustomerStatus, CustomerStatus]> = [
    [PROSPECT, INTENT],
    [PROSPECT, ACTIVE],
    [INTENT, ACTIVE],
    [ACTIVE, LOST],
    [LOST, ACTIVE],
  ];

  it.each(allowed)('%s -> %s is allowed', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it('every other move (staying put included) is BAD_USER_INPUT on status', () => {
    const all = Object.values(CustomerStatus);
    for (const from of all) {
      for (const to of all) {
        if (allowed.some(([a, b]) => a === from && b === to)) continue;
        expect(() => assertTransition(from, to)).toThrow(
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' }) }),
        );
      }
    }
  });

  it('lists a rule for every status, and nothing leads back to PROSPECT', () => {
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual(Object.values(CustomerStatus).sort());
    expect(Object.values(ALLOWED_TRANSITIONS).flat()).not.toContain(PROSPECT);
  });
});
