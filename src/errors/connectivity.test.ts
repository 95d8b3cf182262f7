import { GraphQLError } from 'graphql';
import { isConnectivityError } from '.';

/** A lost database connection is SERVICE_UNAVAILABLE however many wrappers it arrives in. */
describe('isConnectivityError', () => {
  const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  const typeorm = Object.assign(new Error('read ECONNRESET'), { driverError: reset });

  it('sees the driver code through TypeORM, a cause and a GraphQL error', () => {
    expect(isConnectivityError(reset)).toBe(true);
    expect(isConnectivityError(typeorm)).toBe(true);
    expect(isConnectivityError(new Error('query failed', { cause: typeorm }))).toBe(true);
    expect(isConnectivityError(new GraphQLError('wrapped', { originalError: typeorm }))).toBe(true);
  });

  it('sees it by message when only the message is left', () => {
    expect(isConnectivityError(new GraphQLError('read ECONNRESET'))).toBe(true);
    expect(isConnectivityError(new Error('Connection lost: The server closed the connection.'))).toBe(true);
  });

  it('does not take other faults for an outage', () => {
    expect(isConnectivityError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isConnectivityError(new GraphQLError('boom', { originalError: new Error('duplicate key') }))).toBe(false);
    expect(isConnectivityError(undefined)).toBe(false);
  });
});
