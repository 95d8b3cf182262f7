import { arrearsReason, deductionReason, ManagerLimits, rateCutReason } from './approval-limits';
import { DEFAULT_POLICY } from './approval-policy.entity';

const limits: ManagerLimits = {
  maxManagerRateCutPercent: 10,
  maxManagerArrearsAmount: 5_000_000,
  maxManagerDeductionAmount: 1_000_000,
};

describe('the approval policy: what a MANAGER may approve', () => {
  it('rate cuts up to the percentage of the rate in force now, a DIRECTOR beyond', () => {
    expect(rateCutReason(limits, 32000, 28800)).toBeNull(); // exactly 10%
    expect(rateCutReason(limits, 32000, 28799)).toMatch(/more than 10% .*320\.00 to 287\.99.*DIRECTOR/);
    expect(rateCutReason(limits, 33333, 30000)).toBeNull(); // 9.9999%: compared in integers, no rounding
    expect(rateCutReason(limits, 33333, 29999)).not.toBeNull(); // 10.0021%
  });

  it('a raise, an unchanged rate and a first rate (none in force) cut nothing', () => {
    expect(rateCutReason(limits, 32000, 50000)).toBeNull();
    expect(rateCutReason(limits, 32000, 32000)).toBeNull();
    expect(rateCutReason(limits, null, 1)).toBeNull();
    expect(rateCutReason(limits, 0, 1)).toBeNull();
  });

  it('a zero-percent policy sends every cut to a DIRECTOR', () => {
    expect(rateCutReason({ ...limits, maxManagerRateCutPercent: 0 }, 32000, 31999)).not.toBeNull();
  });

  it('arrears and deductions up to their amounts, counted with what is already approved', () => {
    expect(arrearsReason(limits, 5_000_000)).toBeNull();
    expect(arrearsReason(limits, 5_000_001)).toMatch(/above 50000\.00 .*50000\.01/);
    expect(deductionReason(limits, 1_000_000)).toBeNull();
    expect(deductionReason(limits, 1_000_001)).toMatch(/above 10000\.00 .*10000\.01/);
    expect(arrearsReason({ ...limits, maxManagerArrearsAmount: 0 }, 1)).not.toBeNull();
  });

  it('the defaults are the documented ones', () => {
    expect(DEFAULT_POLICY).toEqual(limits);
  });
});
