import pino, { type Logger } from 'pino';
import type { Config } from './config';

/**
 * The process logger. Redaction is the last line of defence: code never logs tokens, secrets,
 * passwords or PINs, and these paths are blanked should one slip into a log object anyway.
 */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    redact: {
      paths: ['*.token', '*.AccountSecret', '*.accountSecret', '*.Secret', '*.password', '*.Password', '*.PIN', '*.pin', 'headers.authorization', 'req.headers.authorization'],
      censor: '***',
    },
  });
}
