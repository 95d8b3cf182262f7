import { distanceMeters } from './geo';

describe('distanceMeters', () => {
  it('is zero for the same point', () => {
    expect(distanceMeters({ lat: 31.23, lng: 121.47 }, { lat: 31.23, lng: 121.47 })).toBe(0);
  });

  it('measures Shanghai to Hangzhou as about 165 km', () => {
    const d = distanceMeters({ lat: 31.2304, lng: 121.4737 }, { lat: 30.2741, lng: 120.1551 });
    expect(d).toBeGreaterThan(160_000);
    expect(d).toBeLessThan(170_000);
  });

  it('measures 0.001 degree of latitude as about 111 m', () => {
    const d = distanceMeters({ lat: 31, lng: 121 }, { lat: 31.001, lng: 121 });
    expect(Math.round(d)).toBe(111);
  });
});
