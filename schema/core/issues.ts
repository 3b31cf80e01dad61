import type { Localized } from './localized.js';

/** error blocks submission; warning must be acknowledged by the enterprise on submit. */
export type Severity = 'error' | 'warning';

/** Values substituted into message templates; a Localized value is rendered per locale. */
export type MessageParams = Record<string, string | number | Localized>;

/**
 * A problem found before it is located and rendered: a field type or a rule says *what* is wrong
 * (a catalogue code and parameters); the validator adds *where* (row, column, field, value).
 */
export interface IssueDraft {
  code: string;
  /** Overrides the catalogue's default severity (e.g. a pattern that is only a warning). */
  severity?: Severity;
  /** The field the problem is located at, when a rule spans several fields. */
  field?: string;
  params?: MessageParams;
}

/** A located, rendered issue: the shape of CONTRACT.md's CLI report. */
export interface Issue {
  severity: Severity;
  code: string;
  /** Excel row number; absent for file-level problems. */
  row?: number;
  /** Excel column letter; absent when the problem is not in one cell. */
  column?: string;
  /** Field key from DOMAIN.md. */
  field?: string;
  /** The offending raw value as the user typed it. */
  value?: string;
  /** Workbooks: the sheet the issue is on (the sheet read, or an ignored sheet it is about). */
  sheet?: string;
  message: Localized;
}
