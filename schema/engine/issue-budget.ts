import type { Issue, Severity } from '../core/issues.js';

/**
 * How many located issues a report keeps. A file of junk rows once produced 1.5M issues (455 MB in
 * the database, 2.6 GB of memory): past these bounds an issue is only counted, so errorCount,
 * warningCount and the per-code totals stay exact while memory and storage stay flat.
 */
export const ISSUE_LIMITS = {
  /** Located issues kept per file (file-level issues, without a row, are always kept). */
  perFile: 10_000,
  /** Located issues kept per code: one broken column cannot crowd every other problem out. */
  perCode: 1_000,
};

/** One code's total in a file: `count` found, of which the first `stored` are listed. */
export interface IssueCount {
  code: string;
  severity: Severity;
  count: number;
  stored: number;
}

/** Where the validator puts issues; a plain array also fits (tests, small helpers). */
export interface IssueSink {
  push(...issues: Issue[]): unknown;
}

/** Collects issues up to ISSUE_LIMITS, counting every one. */
export class IssueCollector implements IssueSink {
  readonly kept: Issue[] = [];
  #counts = new Map<string, IssueCount>();
  #located = 0;
  errors = 0;
  warnings = 0;

  constructor(private readonly limits = ISSUE_LIMITS) {}

  push(...issues: Issue[]): number {
    for (const issue of issues) this.#add(issue);
    return this.kept.length;
  }

  #add(issue: Issue): void {
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    const key = `${issue.severity}|${issue.code}`;
    let count = this.#counts.get(key);
    if (!count) {
      count = { code: issue.code, severity: issue.severity, count: 0, stored: 0 };
      this.#counts.set(key, count);
    }
    count.count++;
    const located = issue.row !== undefined;
    if (located && (this.#located >= this.limits.perFile || count.stored >= this.limits.perCode)) return;
    if (located) this.#located++;
    count.stored++;
    this.kept.push(issue);
  }

  /** Adds a file-level issue ahead of the others: a headline such as not-the-template. */
  pushFirst(issue: Issue): void {
    this.push(issue);
    this.kept.unshift(this.kept.pop() ?? issue);
  }

  /** Occurrences known only by number (e.g. rows past a bound that were never turned into issues). */
  countOnly(code: string, severity: Severity, n: number): void {
    if (n <= 0) return;
    if (severity === 'error') this.errors += n;
    else this.warnings += n;
    const key = `${severity}|${code}`;
    const count = this.#counts.get(key) ?? { code, severity, count: 0, stored: 0 };
    count.count += n;
    this.#counts.set(key, count);
  }

  /** Totals per code, errors first, then by count. */
  summary(): IssueCount[] {
    return [...this.#counts.values()].sort(
      (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || b.count - a.count,
    );
  }

  /** True when some issue was counted but not kept. */
  truncated(): boolean {
    return [...this.#counts.values()].some((c) => c.count > c.stored);
  }
}

/** A collector already holding a report's issues and totals, to add more under the same bounds. */
export function collectorOf(issues: readonly Issue[], summary: readonly IssueCount[]): IssueCollector {
  const collector = new IssueCollector();
  collector.push(...issues);
  for (const c of summary) collector.countOnly(c.code, c.severity, c.count - c.stored);
  return collector;
}
