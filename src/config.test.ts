import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('defaults to the embedded SQLite file on port 4000', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ type: 'sqlite', path: 'data/market.sqlite' });
    expect(c.port).toBe(4000);
    expect(c.seedDemo).toBe(true);
    expect(c.timeZone).toBe('Asia/Shanghai');
  });

  it('reads sqlite: and mysql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({
      type: 'sqlite',
      path: '/tmp/x.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@h:3306/db' }).database).toMatchObject({
      type: 'mysql',
      url: 'mysql://u:p@h:3306/db',
    });
  });

  it('reads several hosts in a MySQL URL as the nodes of a cluster, in order, each with the same credentials and database', () => {
    const db = loadConfig({ DATABASE_URL: 'mysql://u:p%40ss@n1:3306,n2:3307,n3/market?charset=utf8mb4' }).database;
    expect(db).toEqual({
      type: 'mysql',
      url: 'mysql://u:p%40ss@n1:3306/market?charset=utf8mb4',
      replicaUrls: [],
      clusterUrls: [
        'mysql://u:p%40ss@n1:3306/market?charset=utf8mb4',
        'mysql://u:p%40ss@n2:3307/market?charset=utf8mb4',
        'mysql://u:p%40ss@n3/market?charset=utf8mb4',
      ],
    });
    expect(loadConfig({ DATABASE_URL: 'mysql://u@h:3306/db' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://u@h:3306/db',
      replicaUrls: [],
    });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@n1,n2/db', DATABASE_REPLICA_URLS: 'mysql://r@x/db' })).toThrow(
      /cannot be combined/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u@n1,,n2/db' })).toThrow(/empty host/);
  });

  it('refuses production without JWT_SECRET and a MySQL URL, naming each', () => {
    try {
      loadConfig({ NODE_ENV: 'production' });
      throw new Error('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.join('\n')).toMatch(/JWT_SECRET is required/);
      expect((e as ConfigError).problems.join('\n')).toMatch(/DATABASE_URL is required/);
    }
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'sqlite:a.db' }),
    ).toThrow(/MySQL/);
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'mysql://u@h/db' });
    expect(prod.seedDemo).toBe(false);
    expect(prod.introspection).toBe(false);
  });

  it('names a bad setting', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a positive whole number/);
  });

  it('disables the permission layer only with NODE_ENV=production, BENCH_MODE=true and BENCH_DISABLE_PERMISSIONS=true together', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'mysql://u@h/db' };
    expect(loadConfig({ ...prod, BENCH_DISABLE_PERMISSIONS: 'true' }).benchDisablePermissions).toBe(false);
    expect(loadConfig({ ...prod, BENCH_MODE: '1', BENCH_DISABLE_PERMISSIONS: 'true' }).benchDisablePermissions).toBe(
      false,
    );
    expect(loadConfig({ BENCH_MODE: 'true', BENCH_DISABLE_PERMISSIONS: 'true' }).benchDisablePermissions).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'test', BENCH_MODE: 'true', BENCH_DISABLE_PERMISSIONS: 'true' }).benchDisablePermissions,
    ).toBe(false);
    expect(loadConfig({ ...prod, BENCH_MODE: 'true' }).benchDisablePermissions).toBe(false);
    expect(loadConfig({ ...prod, BENCH_MODE: 'true', BENCH_DISABLE_PERMISSIONS: 'true' }).benchDisablePermissions).toBe(
      true,
    );
  });

  it('reads the HTTP limits for slow and greedy clients, and the metrics port', () => {
    expect(loadConfig({}).http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      maxConnectionsPerAddress: 100,
    });
    expect(
      loadConfig({
        HTTP_HEADERS_TIMEOUT_MS: '2000',
        HTTP_REQUEST_TIMEOUT_MS: '5000',
        HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0',
      }).http,
    ).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      maxConnectionsPerAddress: 0,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '-1' })).toThrow(
      /HTTP_REQUEST_TIMEOUT_MS must be a positive whole number/,
    );
    expect(loadConfig({}).metricsPort).toBeNull();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT/);
  });
});
