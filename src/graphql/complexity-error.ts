import { DomainError } from '../errors.js';

interface ComplexityResult {
  complexity: number;
  depth: number;
  breadth: number;
  maxComplexity?: number;
  maxDepth?: number;
  maxBreadth?: number;
}

const WORDS: Record<string, { zh: string; en: string }> = {
  Depth: { zh: '嵌套层数', en: 'depth' },
  Breadth: { zh: '字段数', en: 'breadth' },
  Complexity: { zh: '复杂度', en: 'complexity' },
};

/** Pothos's complexity refusal for signed-in callers, coded and bilingual (BAD_REQUEST). */
export function queryTooComplex(kind: string, result: ComplexityResult): DomainError {
  const words = WORDS[kind] ?? { zh: '复杂度', en: 'complexity' };
  const [value, max] =
    kind === 'Depth'
      ? [result.depth, result.maxDepth]
      : kind === 'Breadth'
        ? [result.breadth, result.maxBreadth]
        : [result.complexity, result.maxComplexity];
  return new DomainError(
    'BAD_REQUEST',
    {
      zh: `查询的${words.zh}（${value}）超过上限（${max}）`,
      en: `The query's ${words.en} (${value}) exceeds the limit (${max})`,
    },
    { limit: words.en, value, max },
    'warn',
  );
}
