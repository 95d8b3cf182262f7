import http from 'node:http';
import express from 'express';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express4';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { Context, createContext } from './context';
import { makeFormatError } from './errors/format-error';
import { buildAppSchema } from './schema';
import { createServices, Services } from './services';
import pino from 'pino';
import { statementPrintRoute } from './features/statements/statement-print.route';

/** Logs one line per operation: request id, operation, caller, duration, error codes. */
function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map((e) => e.extensions?.code).filter(Boolean);
          ctx.log.info({ operationName, actorId: ctx.actor?.id ?? null, ms: Math.round(ms * 10) / 10, errorCodes: codes?.length ? codes : undefined }, 'graphql');
        },
      };
    },
  };
}

export interface AppServer {
  apollo: ApolloServer<Context>;
  services: Services;
  db: DataSource;
  /** Builds the context of a request, exactly as HTTP requests get it (tests use it too). */
  context(req: { authorization?: string | null; clientAddress?: string }): Promise<Context>;
}

/** Apollo Server with our schema, error masking and plugins. No listening: tests reuse it. */
export async function createServer(config: Config, db: DataSource, logger: pino.Logger, httpServer?: http.Server): Promise<AppServer> {
  const services = createServices(db, config, logger);
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: makeFormatError((error, formatted) => {
      logger.error({ err: error, path: formatted.path }, 'unexpected error');
    }),
    plugins: [requestLogPlugin(), ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [])],
  });
  await apollo.start();
  return {
    apollo,
    services,
    db,
    context: (req) => createContext(db, services, req),
  };
}

/** The HTTP app: /graphql plus health endpoints. */
export function createHttpApp(server: AppServer): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await server.db.query('SELECT 1');
      const pending = await server.db.showMigrations();
      if (pending) return res.status(503).json({ status: 'migrations pending' });
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(statementPrintRoute(server));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(server.apollo, {
      context: async ({ req }) =>
        server.context({
          authorization: req.headers.authorization,
          clientAddress: req.socket.remoteAddress ?? 'unknown',
        }),
    }),
  );
  return app;
}
