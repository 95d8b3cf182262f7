import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import {
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { AppServer } from '../app-server';
import { actorOfToken, contextFor } from '../context';
import { createLoaders } from '../loaders';
import { makeFormatError } from '../errors/format-error';
import { OperationNotTrustedError, UnauthenticatedError } from '../errors';
import { TrustedDocuments } from './persisted-documents';
import { DEFAULT_LIMITS, enforceLimits, MAX_TOKENS, MAX_VALIDATION_ERRORS, measureOperation } from './limits';

/** Close codes a client acts on: sign in (again). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** The server could not check the token now (database unreachable): reconnect later. */
export const CLOSE_TRY_AGAIN = 1013;

/** Largest message a client may send over the socket (a subscription document and its variables). */
const MAX_MESSAGE_BYTES = 64 * 1024;

interface Session {
  staffId: number;
  token: string;
  socket: WebSocket;
  expiry?: NodeJS.Timeout;
}

/**
 * Serves GraphQL subscriptions (graphql-ws protocol) on `httpServer` at /graphql, beside the
 * HTTP API. The token comes in connection_init's payload ({ authorization: "Bearer <token>" })
 * and is checked as an HTTP request's is: none, 4401; invalid, expired, deactivated or signed
 * out, 4403. Only subscriptions run here (queries and mutations go over HTTP with their plugins),
 * within the same operation limits and, when configured, the same trusted documents manifest (its
 * text sent as is); errors are masked by the same formatError. A session that
 * ends (logout, password change, deactivation, token expiry) closes its sockets with 4403.
 */
export function attachSubscriptions(httpServer: http.Server, server: AppServer): void {
  const { services, db, schema } = server;
  const formatError = makeFormatError({ hideSuggestions: server.config.nodeEnv === 'production' });
  const sessions = new Map<WebSocket, Session>();
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });

  const end = (session: Session, reason: string) => {
    sessions.delete(session.socket);
    if (session.expiry) clearTimeout(session.expiry);
    // A close reason is at most 123 bytes.
    session.socket.close(CLOSE_FORBIDDEN, `Forbidden: ${reason}`.slice(0, 120));
  };

  // Another instance (or this one) ended someone's sessions: re-check that person's sockets here.
  const stopListening = services.notificationBus.onSessionsEnded((staffId) => {
    for (const session of [...sessions.values()]) {
      if (session.staffId !== staffId) continue;
      actorOfToken(services, session.token).catch((err) => {
        if (err instanceof UnauthenticatedError) end(session, err.message);
        else server.logger.error({ err }, 'could not re-check a subscriber');
      });
    }
  });

  const disposable = useServer(
    {
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const header = (ctx.connectionParams as Record<string, unknown> | undefined)?.authorization;
        const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
        if (!match) {
          socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: send { authorization: "Bearer <token>" } in connection_init');
          return false;
        }
        let actor;
        try {
          actor = await actorOfToken(services, match[1]);
        } catch (err) {
          if (err instanceof UnauthenticatedError) {
            socket.close(CLOSE_FORBIDDEN, `Forbidden: ${err.message}`.slice(0, 120));
            return false;
          }
          // The database is unreachable (or a fault of ours): nothing of it goes to the client, who may retry.
          server.logger.error({ err }, "could not check a subscriber's token");
          socket.close(CLOSE_TRY_AGAIN, 'Service unavailable: try again shortly');
          return false;
        }
        // The client may have gone while the token was checked: keep nothing for a closed socket.
        if (socket.readyState !== WebSocket.OPEN) return false;
        const session: Session = { staffId: actor.id, token: match[1], socket };
        const exp = decodeJwt(match[1]).exp;
        const untilExpiry = exp ? Math.max(0, exp * 1000 - Date.now()) : null;
        // (A timer cannot wait longer than 2^31-1 ms, about 24 days; a token that lives longer is not timed.)
        if (untilExpiry !== null && untilExpiry < 2 ** 31 - 1) {
          session.expiry = setTimeout(() => end(session, 'token expired'), untilExpiry);
          session.expiry.unref();
        }
        sessions.set(socket, session);
        (ctx.extra as { actor?: unknown }).actor = actor;
        return true;
      },
      onClose: (ctx) => {
        const session = sessions.get(ctx.extra.socket);
        if (session) {
          sessions.delete(ctx.extra.socket);
          if (session.expiry) clearTimeout(session.expiry);
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        // With a trusted documents manifest, a subscription is one of its documents, sent as is.
        if (server.trusted && !server.trusted.has(TrustedDocuments.sha256(payload.query)))
          return [new OperationNotTrustedError()];
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return [
            withCode(
              error instanceof GraphQLError ? error : new GraphQLError('The operation could not be parsed.'),
              'GRAPHQL_PARSE_FAILED',
            ),
          ];
        }
        const errors = validate(schema, document, specifiedRules, { maxErrors: MAX_VALIDATION_ERRORS });
        if (errors.length) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            new GraphQLError('Only subscriptions are served over the socket; send queries and mutations over HTTP.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        try {
          enforceLimits(measureOperation(schema, document, operation, variables), DEFAULT_LIMITS);
        } catch (error) {
          return [error as GraphQLError];
        }
        const actor = (ctx.extra as { actor?: Parameters<typeof contextFor>[2] }).actor ?? null;
        const request = ctx.extra.request;
        const contextValue = contextFor(db, services, actor, randomUUID(), request.socket.remoteAddress ?? 'unknown');
        contextValue.renewLoaders = () => {
          contextValue.loaders = createLoaders(db, () => services.receivables.today());
        };
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue,
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON() as GraphQLFormattedError, e)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON() as GraphQLFormattedError, e)),
    },
    wss,
  );

  server.sockets.onDrain(async () => {
    stopListening();
    for (const session of sessions.values()) if (session.expiry) clearTimeout(session.expiry);
    await disposable.dispose();
  });
}

/** The codes Apollo gives parse and validation errors over HTTP, so formatError passes them through alike. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}
