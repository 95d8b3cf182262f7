import 'reflect-metadata';
import type http from 'node:http';
import { ConfigError, loadConfig } from './config';
import { tuneHeap } from './heap';
import { createLogger } from './logger';
import { migrate, openDataSource } from './db/data-source';
import { createHttpApp, createServer } from './server';
import { createHttpServer, serveApp } from './http/http-server';
import { attachSubscriptions } from './http/subscriptions';
import { serveMetricsOnLoopback } from './http/metrics-route';
import { seedDemoCompany, DEMO_PASSWORD, demoLogins } from './seed/demo-seed';

/** A query of the running server that gets no answer for this long fails (SERVICE_UNAVAILABLE) instead of hanging. */
const SERVER_QUERY_TIMEOUT_MS = 30_000;

tuneHeap();

/** Process entry: config -> data source -> migrations (and demo seed) -> server -> listen. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      const fallback = createLogger('info');
      fallback.fatal(e.message);
      exitAfterFlush(fallback, 1);
      return;
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  startupLogger = logger;
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
  serveApp(httpServer, createHttpApp(server));
  attachSubscriptions(httpServer, server);
  const stopSweep = startArrearsSweep(server, logger);
  await listen(httpServer, config.port);
  const metricsServer = config.metricsPort
    ? (await serveMetricsOnLoopback(server, config.metricsPort)).httpServer
    : null;
  if (metricsServer) logger.info({ port: config.metricsPort }, 'metrics served on 127.0.0.1 only');
  else if (config.nodeEnv === 'production' && !config.metricsToken)
    logger.warn('/metrics is off: set METRICS_TOKEN, or METRICS_PORT to serve it on 127.0.0.1');

  // Every stdout line is one JSON object (pino), so a log shipper never meets a plain-text line.
  const url = `http://localhost:${config.port}/graphql`;
  const database = config.database.type === 'sqlite' ? `SQLite file ${config.database.path}` : 'MySQL';
  logger.info({ url, database }, `Market department API ready at ${url} (${database})`);
  if (config.seedDemo) {
    logger.info(
      {
        demoSeeded: seeded,
        demoPassword: DEMO_PASSWORD,
        demoLogins: demoLogins().map((line) => line.replace(/ {2,}/, ' ')),
      },
      `${seeded ? 'Seeded the demo company.' : 'Demo company present.'} Demo logins use the password ${DEMO_PASSWORD}.`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      stopSweep();
      // Drains the HTTP server and the subscription sockets first: in-flight requests finish.
      await server.apollo.stop();
      metricsServer?.close();
      await db.destroy();
      logger.info('stopped: requests finished, database pool closed');
      exitAfterFlush(logger, 0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      exitAfterFlush(logger, 1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Every ARREARS_SWEEP_MS, raises ARREARS_OVERDUE for consents that just passed their promised date
 * unpaid (once each, whichever instance gets there first). Returns the way to stop.
 */
function startArrearsSweep(
  server: Awaited<ReturnType<typeof createServer>>,
  logger: ReturnType<typeof createLogger>,
): () => void {
  if (!server.config.arrearsSweepMs) return () => {};
  const sweep = () =>
    server.services.arrearsConsents
      .raiseOverdue()
      .catch((err) => logger.error({ err }, 'arrears overdue sweep failed; the next one retries'));
  void sweep();
  const timer = setInterval(sweep, server.config.arrearsSweepMs);
  return () => clearInterval(timer);
}

/**
 * Listens on `port`, or fails start-up (fatal log, exit 1) when it cannot, e.g. a port another process
 * holds. Without our own listener the error would reach only the one graphql-ws's WebSocket server
 * puts on the HTTP server, which prints it and carries on: the process would stay up, never listening.
 */
function listen(httpServer: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
}

/** The logger once the configuration is read; before that a default one reports the failure. */
let startupLogger: ReturnType<typeof createLogger> | undefined;

/** Exits once the last log lines are written: pino may still hold them in its buffer. */
function exitAfterFlush(logger: ReturnType<typeof createLogger>, code: number): void {
  logger.flush(() => process.exit(code));
}

main().catch((error) => {
  const logger = startupLogger ?? createLogger('info');
  logger.fatal({ err: error }, `Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  exitAfterFlush(logger, 1);
});
