import type { Localized } from '../schema/core/localized.js';

/** The stable codes of expected refusals (CONTRACT.md), carried to clients as `extensions.code`. */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'BAD_USER_INPUT'
  /** The request itself is malformed or beyond a limit (too deep, too wide, unreadable body). */
  | 'BAD_REQUEST'
  | 'TOO_MANY_REQUESTS';

/**
 * An expected refusal raised by a service. It is not a bug: the server passes its code and message
 * to the client (src/graphql/errors.ts) instead of masking it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly localized: Localized,
    readonly details: Record<string, unknown> = {},
    /**
     * How the server logs it: ordinary refusals at debug; those that suggest a hostile or broken
     * client (limits, malformed requests, throttling) at warn, so they can be alerted on.
     */
    readonly logLevel: 'debug' | 'warn' = 'debug',
  ) {
    super(localized.en);
    this.name = 'DomainError';
  }
}

export const notFound = (what: Localized = { zh: '记录', en: 'record' }) =>
  new DomainError('NOT_FOUND', { zh: `${what.zh}不存在`, en: `No such ${what.en}` });

export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Sign in first' });

export const forbidden = () =>
  new DomainError('FORBIDDEN', { zh: '您无权执行此操作', en: 'You may not do this' });
