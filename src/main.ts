import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { tuneHeapGrowth } from './heap';
import { createLogger } from './logger';
import { migrate, openDataSource } from './db/data-source';
import { createHttpApp, createServer } from './server';
import { createHttpServer } from './http/http-server';
import { serveMetricsOnLoopback } from './http/metrics-route';
import { seedDemoCompany, DEMO_PASSWORD, demoLogins } from './seed/demo-seed';

/** A query of the running server that gets no answer for this long fails (SERVICE_UNAVAILABLE) instead of hanging. */
const SERVER_QUERY_TIMEOUT_MS = 30_000;

tuneHeapGrowth();

/** Process entry: config -> data source -> migrations (and demo seed) -> server -> listen. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  // Migrations run without the query timeout (a schema change may take long), then the server's pool opens.
  const migrator = await openDataSource(config.database);
  const applied = await migrate(migrator);
  await migrator.destroy();
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const db = await openDataSource(config.database, { queryTimeoutMs: SERVER_QUERY_TIMEOUT_MS });
  let seeded = false;
  if (config.seedDemo) seeded = await seedDemoCompany(db, config);

  const httpServer = createHttpServer(config.http);
  const server = await createServer(config, db, logger, httpServer);
  httpServer.on('request', createHttpApp(server));
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const metricsServer = config.metricsPort ? (await serveMetricsOnLoopback(server, config.metricsPort)).httpServer : null;
  if (metricsServer) logger.info({ port: config.metricsPort }, 'metrics served on 127.0.0.1 only');
  else if (config.nodeEnv === 'production' && !config.metricsToken) logger.warn('/metrics is off: set METRICS_TOKEN, or METRICS_PORT to serve it on 127.0.0.1');

  const where = config.database.type === 'sqlite' ? `SQLite file ${config.database.path}` : 'MySQL';
  console.log(`Market department API ready at http://localhost:${config.port}/graphql (${where})`);
  if (config.seedDemo) {
    console.log(`${seeded ? 'Seeded the demo company.' : 'Demo company present.'} Demo logins (password ${DEMO_PASSWORD}):`);
    for (const line of demoLogins()) console.log(`  ${line}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await server.apollo.stop(); // drains the HTTP server first: in-flight requests finish
      metricsServer?.close();
      await db.destroy();
      logger.info('stopped: requests finished, database pool closed');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
