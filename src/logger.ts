import pino from 'pino';

/**
 * An error as logged: message, type, stack and driver code, but never a query's parameters or the
 * SQL with values interpolated (they may hold contact details or password hashes).
 */
function serializeError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  delete out.parameters;
  delete out.query;
  delete out.sql;
  delete out.sqlMessage;
  const driver = out.driverError as Record<string, unknown> | undefined;
  if (driver && typeof driver === 'object') {
    out.driverError = { code: driver.code, errno: driver.errno };
    // Driver messages quote the offending values ("Duplicate entry '139...' for key").
    if (typeof out.message === 'string') out.message = out.message.replace(/'[^']*'/g, "'?'");
    if (typeof out.stack === 'string') out.stack = out.stack.replace(/'[^']*'/g, "'?'");
  }
  return out;
}

/** Structured logs. Secrets and contact details are redacted wherever they might appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    serializers: { err: serializeError },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'req.headers.authorization',
        'variables.*',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
