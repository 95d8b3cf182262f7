import { randomUUID } from 'node:crypto';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { AppServer } from '../app-server';
import type { Context, RequestInfo } from '../context';
import type { ClientOperations } from './client-operations';

/**
 * The bridge of the side doors (CSV downloads, the printable statement) into the API: they run a
 * client operation of schema/operations through Apollo's executeOperation, with the context the
 * /graphql route builds, so the same token rules, shield rules, services, limits and trusted
 * documents decide who gets what; their refusals map to HTTP statuses in one table.
 */

/** What a request's context is built from, for /graphql and every side door alike. */
export function requestInfo(req: express.Request, res: express.Response): RequestInfo {
  return {
    authorization: req.headers.authorization ?? null,
    // With TRUST_PROXY set, express gives the client's address from X-Forwarded-For.
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    requestId: String(res.locals.requestId ?? randomUUID()),
  };
}

/** A side door's HTTP status for an error code (anything unlisted is a 500). */
export const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  OPERATION_NOT_TRUSTED: 400,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
};

/** Refuses a side-door request: the status of its code, `{ error, message? }` as JSON. */
export function refuse(res: express.Response, code: string, message?: string): void {
  res.status(HTTP_STATUS_BY_CODE[code] ?? 500).json({ error: code, ...(message ? { message } : {}) });
}

/** The bridge's two steps: the caller (refused with 401 without one), then the operation. */
export interface OperationBridge {
  /** The request's context with a signed-in caller, or undefined once refused. */
  caller(req: express.Request, res: express.Response): Promise<Context | undefined>;
  /** Runs one named client operation as that caller; its data, or undefined once refused. */
  execute(
    req: express.Request,
    res: express.Response,
    contextValue: Context,
    name: string,
    variables: Record<string, unknown>,
  ): Promise<unknown | undefined>;
  /** Both steps. */
  run(
    req: express.Request,
    res: express.Response,
    name: string,
    variables: Record<string, unknown>,
  ): Promise<unknown | undefined>;
}

/**
 * The bridge for `server`: builds the request's context (a bad token is refused here), runs the
 * operation, and answers any error with its status (a BAD_USER_INPUT keeps its message, which
 * names the field; anything unexpected is logged and a bare 500).
 */
export function operationBridge(server: AppServer, operations: ClientOperations): OperationBridge {
  const bridge: OperationBridge = {
    async caller(req, res) {
      let contextValue: Context;
      try {
        contextValue = await server.context(requestInfo(req, res));
      } catch (error) {
        refuse(res, String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        return undefined;
      }
      if (!contextValue.actor) {
        refuse(res, 'UNAUTHENTICATED', 'Send Authorization: Bearer <token> (from login).');
        return undefined;
      }
      return contextValue;
    },
    async execute(req, res, contextValue, name, variables) {
      try {
        const response = await server.apollo.executeOperation(
          { query: operations.get(name).text, variables },
          { contextValue },
        );
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
        const { data, errors } = response.body.singleResult;
        if (errors?.length) {
          const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          refuse(res, code, code === 'BAD_USER_INPUT' ? errors[0].message : undefined);
          return undefined;
        }
        return data;
      } catch (error) {
        contextValue.log.error({ err: error }, `${name} for ${req.path} failed`);
        refuse(res, 'INTERNAL_SERVER_ERROR');
        return undefined;
      }
    },
    async run(req, res, name, variables) {
      const contextValue = await bridge.caller(req, res);
      return contextValue && bridge.execute(req, res, contextValue, name, variables);
    },
  };
  return bridge;
}
