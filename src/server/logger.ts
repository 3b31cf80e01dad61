import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The process logger. Passwords and tokens never reach a log line: request bodies and headers are
 * not logged at all, and these paths are redacted wherever they might appear in logged objects.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          '*.headers',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
