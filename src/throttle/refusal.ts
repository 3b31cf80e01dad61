import { DomainError } from '../errors.js';

/**
 * The one refusal for every throttle (CONTRACT.md, Limits): the same words whether or not a
 * username exists, with the wait in seconds; HTTP 429 and Retry-After where a whole request is
 * refused.
 */
export function tooManyRequests(msBeforeNext: number, options: { http?: boolean } = {}): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError(
    'TOO_MANY_REQUESTS',
    {
      zh: `尝试次数过多，请${retryAfterSeconds}秒后再试`,
      en: `Too many attempts; try again in ${retryAfterSeconds} s`,
    },
    {
      retryAfterSeconds,
      ...(options.http
        ? { http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } } }
        : {}),
    },
    'warn',
  );
}
