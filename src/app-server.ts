import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Config } from './config';
import type { Context } from './context';
import type { Services } from './services';
import type { Metrics } from './http/metrics';
import type { TrustedDocuments } from './http/persisted-documents';
import type { GraphQLSchema } from 'graphql';
import type { SubscriptionSockets } from './http/subscription-sockets';

/**
 * The running server as its routes and tests see it. Its own file so that the HTTP routes the
 * server mounts can name it without importing the server (which imports them).
 */
export interface AppServer {
  apollo: ApolloServer<Context>;
  services: Services;
  db: DataSource;
  config: Config;
  logger: pino.Logger;
  metrics: Metrics;
  /** The trusted documents manifest in force, or null when any operation may run. */
  trusted: TrustedDocuments | null;
  /** The executable schema (permissions applied), for the subscription transport. */
  schema: GraphQLSchema;
  /** The subscription sockets of every HTTP server this app serves: drained when Apollo stops. */
  sockets: SubscriptionSockets;
  /** Builds the context of a request, exactly as HTTP requests get it (tests use it too). */
  context(req: { authorization?: string | null; clientAddress?: string; requestId?: string }): Promise<Context>;
}
