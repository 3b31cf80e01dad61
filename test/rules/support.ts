import { defaultCalendar } from '../../schema/calendar/index.js';
import { defaultConfig } from '../../schema/config.js';
import type { DisclosureConfig, RowRule, RuleContext, TypedRow } from '../../schema/core/dataset.js';

export function context(
  overrides: Partial<RuleContext> = {},
  config: Partial<DisclosureConfig> = {},
): RuleContext {
  return {
    today: '2024-06-15',
    calendar: defaultCalendar,
    config: { ...defaultConfig, ...config },
    ...overrides,
  };
}

/** Findings of the given rules as 'code@field' (field: the draft's, else the rule's first). */
export function findings(rules: RowRule[], row: TypedRow, ctx: RuleContext = context()): string[] {
  return rules.flatMap((rule) =>
    rule.check(row, ctx).map((draft) => `${draft.code}@${draft.field ?? rule.fields[0]}`),
  );
}

export function only(rule: RowRule, row: TypedRow, ctx: RuleContext = context()): string[] {
  return findings([rule], row, ctx);
}
