import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { Actor } from './auth/actor';
import { isConnectivityError, ServiceUnavailableError, UnauthenticatedError } from './errors';
import { GraphQLError } from 'graphql';
import { createLoaders, Loaders } from './loaders';
import { Services } from './services';
import type { Staff } from './features/staff/staff.entity';

/** Everything a resolver can reach. A fresh one per request: nothing here is shared between callers. */
export interface Context {
  requestId: string;
  /** The signed-in staff member, or null for an anonymous caller (who may only log in). */
  actor: Actor | null;
  db: DataSource;
  services: Services;
  loaders: Loaders;
  log: pino.Logger;
  /** Client address, for login throttling. */
  clientAddress: string;
  /** Subscriptions only: fresh loaders for the next event (one context serves a whole subscription). */
  renewLoaders?: () => void;
}

export interface RequestInfo {
  authorization?: string | null;
  requestId?: string;
  clientAddress?: string;
}

/**
 * Builds the context of one request: a bearer token is verified and the staff member loaded
 * with the roles they hold now; a bad token is UNAUTHENTICATED before any resolver runs.
 */
export async function createContext(db: DataSource, services: Services, req: RequestInfo): Promise<Context> {
  const requestId = req.requestId ?? randomUUID();
  let caller: Staff | null = null;
  const header = req.authorization?.trim();
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw withStatus(new UnauthenticatedError('The Authorization header must be "Bearer <token>".'));
    try {
      caller = await callerOfToken(services, match[1]);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw withStatus(error);
      services.logger.error({ err: error, requestId }, 'could not load the caller');
      // The database is down or unreachable: fail fast and cleanly, the client may retry. Anything
      // else is a fault of ours, masked by formatError like every unexpected error.
      throw isConnectivityError(error) ? new ServiceUnavailableError() : error;
    }
  }
  const context = contextFor(db, services, caller && actorOf(caller), requestId, req.clientAddress ?? 'unknown');
  // The caller was just read whole: whatever names them in this request (a salesperson's own
  // customers' owner, a request's requester) takes them from here instead of another statement.
  if (caller) context.loaders.knownStaff.set(caller.id, caller);
  return context;
}

/** The context of a caller already verified (a request, or a subscription's socket). */
export function contextFor(
  db: DataSource,
  services: Services,
  actor: Actor | null,
  requestId: string,
  clientAddress: string,
): Context {
  const log = services.logger.child({ requestId });
  return {
    requestId,
    actor,
    db,
    services,
    loaders: createLoaders(db, () => services.receivables.today()),
    log,
    clientAddress,
  };
}

/**
 * The one check of a bearer token, for HTTP requests and subscription sockets alike: the staff
 * member it names, as they are now. UNAUTHENTICATED for an invalid or expired token, a
 * deactivated account, or a session ended by a logout or password change; a database error
 * propagates as it is.
 */
export async function callerOfToken(services: Services, token: string): Promise<Staff> {
  const { staffId, version } = await services.tokens.verify(token);
  const caller = await services.staff.loadCaller(staffId);
  if (!caller) throw new UnauthenticatedError('This account is no longer active; sign in again.');
  // Issued before the account's last logout or password change.
  if (caller.tokenVersion !== version)
    throw new UnauthenticatedError('This session has ended (signed out or password changed); sign in again.');
  return caller;
}

/** callerOfToken, as the Actor a subscription's socket keeps. */
export async function actorOfToken(services: Services, token: string): Promise<Actor> {
  return actorOf(await callerOfToken(services, token));
}

/** What resolvers and rules see of the caller. */
export function actorOf(staff: Staff): Actor {
  return { id: staff.id, name: staff.name, roles: staff.roles, department: staff.department };
}

function withStatus(error: GraphQLError): GraphQLError {
  // Apollo reads extensions.http for errors thrown while building the context.
  (error.extensions as Record<string, unknown>).http = { status: 401 };
  return error;
}
