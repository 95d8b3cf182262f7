import http from 'node:http';
import express from 'express';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { Context, createContext } from './context';
import { isExpectedError, makeFormatError } from './errors/format-error';
import { buildAppSchema } from './schema';
import { createServices } from './services';
import {
  DEFAULT_LIMITS,
  MAX_TOKENS,
  MAX_VALIDATION_ERRORS,
  OperationLimits,
  operationLimitsPlugin,
} from './http/limits';
import { TrustedDocuments, trustedDocumentsPlugin } from './http/persisted-documents';
import { Metrics, metricsPlugin, poolUse, sentCodes } from './http/metrics';
import { transactionRetries } from './db/transaction';
import { graphiqlRouter } from './http/graphiql';
import { clientOperations } from './http/client-operations';
import { operationBridge } from './http/operation-bridge';
import { introspectionAccessPlugin } from './http/introspection';
import { bodyErrorHandler, requestIdMiddleware, trustedDocumentsGate } from './http/transport';
import { jsonBody, readBody, sendError } from './http/request-body';
import { graphqlRoute, withGraphqlFastPath } from './http/graphql-route';
import type { HttpApp } from './http/http-server';
import { htmlPagePolicies, securityHeaders } from './http/security-headers';
import pino from 'pino';
import type { AppServer } from './app-server';
import { statementPrintRoute } from './features/statements/statement-print.route';
import { csvReportsRoute } from './http/csv-reports';
import { metricsRoute } from './http/metrics-route';
import { textLimitsPlugin } from './graphql/text-limits';
import { requestPlugins } from './http/request-plugins';
import { SubscriptionSockets } from './http/subscription-sockets';
import { createJitExecutor, jitGateway } from './graphql/jit-executor';
import { isConnectivityError } from './errors';

/** How often /readyz asks the database while the answer is a lost connection (one per node and one more). */
const READY_TRIES = 4;

/**
 * Logs one line per operation: request id (bound in ctx.log), operation, caller, duration, error
 * codes. Never variables, the document, a token or a password. Unexpected errors are logged here
 * with the request id; formatError masks them for the client.
 */
function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const error of errors) {
            if (!isExpectedError(error))
              ctx.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse(rc) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = sentCodes(rc);
          rc.contextValue.log.info(
            {
              operationName: rc.operationName ?? null,
              actorId: rc.contextValue.actor?.id ?? null,
              ms: Math.round(ms * 10) / 10,
              errorCodes: codes.length ? codes : undefined,
            },
            'graphql',
          );
        },
      };
    },
  };
}

export interface ServerOptions {
  /** Abuse limits; DEFAULT_LIMITS unless a test narrows them. */
  limits?: OperationLimits;
  /** Trusted documents, when not read from config.trustedDocuments. */
  trusted?: TrustedDocuments;
}

/** Apollo Server with our schema, error masking and plugins. No listening: tests reuse it. */
export async function createServer(
  config: Config,
  db: DataSource,
  logger: pino.Logger,
  httpServer?: http.Server,
  options: ServerOptions = {},
): Promise<AppServer> {
  const services = createServices(db, config, logger);
  // Benchmark only (see Config.benchDisablePermissions): the bare schema, without graphql-shield.
  if (config.benchDisablePermissions)
    logger.warn('BENCH_MODE: permission layer disabled; never run like this in service');
  const schema = await buildAppSchema({ permissions: !config.benchDisablePermissions });
  const metrics = new Metrics(
    () => poolUse(db),
    () => transactionRetries(db),
    () => services.notificationBus.listenerCount(),
  );
  const trusted = options.trusted ?? (config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments) : null);
  const sockets = new SubscriptionSockets();
  const apollo = new ApolloServer<Context>({
    // Operations run compiled by graphql-jit (src/graphql/jit-executor.ts), over the same schema
    // and resolvers; Apollo still parses, validates, runs the plugins and formats errors.
    gateway: jitGateway<Context>(schema, createJitExecutor(schema).execute),
    // Who may introspect depends on the caller: introspectionAccessPlugin decides, per request.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: drain, then close the pool, then exit.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    // APQ always; with a trusted manifest its documents are the only ones a hash can name.
    persistedQueries: trusted ? { cache: trusted.cache() } : {},
    formatError: makeFormatError({ hideSuggestions: config.nodeEnv === 'production' }),
    plugins: [
      // One request listener for Apollo to run at every stage (request-plugins.ts), in this order.
      requestPlugins<Context>([
        introspectionAccessPlugin(config.introspection, config.introspectionRoles),
        ...(trusted ? [trustedDocumentsPlugin<Context>(trusted)] : []),
        operationLimitsPlugin<Context>(options.limits ?? DEFAULT_LIMITS),
        textLimitsPlugin<Context>(),
        requestLogPlugin(),
        metricsPlugin<Context>(metrics),
      ]),
      {
        async contextCreationDidFail({ error }) {
          if (!isExpectedError(error))
            logger.error({ err: error }, 'unexpected error while building the request context');
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // Not a federated subgraph: Apollo's inline trace plugin would only ask so on every request.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints in this API (every answer depends on the caller): without this plugin Apollo
      // does not wrap every field resolver to compute a cache policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      // Subscription sockets (src/http/subscriptions.ts) close on stop too, and the bus lets go of Redis.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets.drain();
              await services.notificationBus.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return {
    apollo,
    services,
    db,
    config,
    logger,
    metrics,
    trusted,
    schema,
    sockets,
    context: (req) => createContext(db, services, req),
  };
}

/**
 * The HTTP app: /graphql (and GraphiQL for browsers), health, readiness, metrics and the side
 * doors; the plain GraphQL POST is answered before express (withGraphqlFastPath).
 */
export function createHttpApp(server: AppServer): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  // Every answer is one caller's and `no-store` (security-headers.ts): a hash of each body, which is
  // all an ETag would add, is work no cache will use. Static assets are served with their own.
  app.set('etag', false);
  if (server.config.trustProxy) {
    const v = server.config.trustProxy;
    app.set('trust proxy', /^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v);
  }
  app.use(requestIdMiddleware);
  app.use(securityHeaders, htmlPagePolicies);
  app.use(readBody());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const check = async () => {
      await server.db.query('SELECT 1');
      return server.db.showMigrations();
    };
    // A pooled connection to a node of a cluster that was just lost fails once; the pool then drops
    // it and the next try goes to a node that serves. Several such connections can fail in a row, so
    // it is asked again while the failure is a lost connection, a few times (a single server that is
    // down refuses each try at once).
    const ask = async (tries: number): Promise<boolean> => {
      try {
        return await check();
      } catch (error) {
        if (tries > 1 && isConnectivityError(error)) return ask(tries - 1);
        throw error;
      }
    };
    try {
      if (await ask(READY_TRIES)) return res.status(503).json({ status: 'migrations pending' });
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  // The side doors run client operations through the one bridge, with /graphql's context.
  app.use(statementPrintRoute(operationBridge(server, clientOperations()).run));
  app.use(csvReportsRoute(server));
  app.use(metricsRoute(server, 'public'));
  app.use(graphiqlRouter(server.config.timeZone));
  app.use('/graphql', jsonBody, trustedDocumentsGate(server.trusted), graphqlRoute(server));
  // A JSON 404 with our headers, rather than express's HTML page with its own narrower policy.
  app.use((_req, res) =>
    sendError(res, 404, 'NOT_FOUND', 'There is nothing at this path; GraphQL is served at /graphql.'),
  );
  app.use(bodyErrorHandler(server.logger));
  return withGraphqlFastPath(server, app);
}
