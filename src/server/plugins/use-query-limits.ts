import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../../errors.js';

/**
 * Limits on the GraphQL document itself, for every caller. A document's nesting can be no deeper
 * than half its tokens, so the token limit also keeps the parser's recursion far from the stack's
 * end (10,000 nested braces overflowed it); the character limit refuses a huge document before it
 * is even lexed.
 */
export const QUERY_LIMITS = { maxTokens: 2000, maxChars: 100_000 };

const queryTooLong = () =>
  new DomainError(
    'BAD_REQUEST',
    {
      zh: `查询超过${QUERY_LIMITS.maxChars}个字符的上限`,
      en: `The query exceeds the ${QUERY_LIMITS.maxChars}-character limit`,
    },
    { maxChars: QUERY_LIMITS.maxChars, http: { status: 400 } },
    'warn',
  );

export function useQueryLimits(): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > QUERY_LIMITS.maxChars)
        throw queryTooLong();
    },
    onParse({ setParseFn }) {
      // graphql-js counts tokens while lexing and stops with a syntax error past the limit.
      setParseFn((source, options) => parse(source, { ...options, maxTokens: QUERY_LIMITS.maxTokens }));
    },
  };
}
