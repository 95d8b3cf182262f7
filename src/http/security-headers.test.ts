import express from 'express';
import { helmetHeaders, securityHeaders } from './security-headers';

/** A response that records the headers set on it, as helmet and our middleware see it. */
function recorder() {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  return { headers, res: res as unknown as express.Response };
}

describe('securityHeaders', () => {
  it('sets exactly what helmet sets on each request, and no-store', () => {
    const ours = recorder();
    let next = 0;
    securityHeaders({} as express.Request, ours.res, () => next++);
    const helmets = recorder();
    helmetHeaders({} as express.Request, helmets.res, () => {});
    expect(next).toBe(1);
    expect(helmets.headers.size).toBeGreaterThanOrEqual(10);
    expect(Object.fromEntries(ours.headers)).toEqual({
      ...Object.fromEntries(helmets.headers),
      'cache-control': 'no-store',
    });
  });
});
