import type { RowRule, RuleContext, TypedRow } from '../../core/dataset.js';
import type { Severity } from '../../core/issues.js';
import type { Localized } from '../../core/localized.js';
import { isBlank } from './values.js';

/**
 * Declares a rule of the dataset whose field keys are K (give them: `defineRule<ExecutivePayField>`,
 * so a field that does not exist fails to compile); checks at definition time what the catalogue
 * relies on. Findings carry the rule's severity unless they set their own.
 */
export function defineRule<K extends string>(rule: RowRule<NoInfer<K>>): RowRule<K> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.code))
    throw new Error(`rule code not kebab-case: ${rule.code}`);
  if (rule.fields.length === 0) throw new Error(`rule ${rule.code} reads no fields`);
  const check = rule.check;
  return {
    ...rule,
    check: (row, ctx) => {
      const drafts = check(row, ctx);
      // Most rows find nothing: return that empty array rather than allocating a mapped copy.
      if (drafts.length === 0) return drafts;
      return drafts.map((draft) => ({ ...draft, severity: draft.severity ?? rule.severity }));
    },
  };
}

export interface RequiredWhenOptions<K extends string = string> {
  code: string;
  /** The field that must be filled; the issue is located there. */
  field: K;
  /** The fields the condition reads (listed in the rule's fields). */
  dependsOn: K[];
  /** True when the field is required; returns false when the condition cannot be decided. */
  when(row: TypedRow<K>, ctx: RuleContext): boolean;
  basis: Localized;
  message: Localized;
  severity?: Severity;
}

/** "Required when …": one factory for every conditional requirement. */
export function requiredWhen<K extends string>(options: RequiredWhenOptions<NoInfer<K>>): RowRule<K> {
  const { code, field, dependsOn, when, basis, message, severity = 'error' } = options;
  return defineRule<K>({
    code,
    severity,
    basis,
    message,
    fields: [field, ...dependsOn],
    check: (row, ctx) => (isBlank(row, field, ctx) && when(row, ctx) ? [{ code, field }] : []),
  });
}
