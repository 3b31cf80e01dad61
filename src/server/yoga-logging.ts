import type { Logger } from 'pino';
import { domainErrorOf, requestRefusalOf } from '../graphql/errors.js';

/**
 * Yoga's logger. Yoga reports through `error` every error it masked or rewrote: ordinary refusals
 * (a wrong password, a stranger's id) go to debug; refusals of a hostile or broken request (limits,
 * malformed bodies, throttling) to warn, with their code and without a stack; only bugs to error.
 */
export function yogaLogging(logger: Logger) {
  return {
    debug: (...args: unknown[]) => logger.debug(args.map(String).join(' ')),
    info: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      const refusal = domainErrorOf(args[0]);
      if (refusal) {
        logger[refusal.logLevel]({ code: refusal.code, reason: refusal.localized.en }, 'request refused');
        return;
      }
      const request = requestRefusalOf(args[0]);
      if (request) logger.warn({ code: request.code, reason: request.en.slice(0, 300) }, 'request refused');
      else logger.error({ err: args[0] }, 'graphql error');
    },
  };
}
