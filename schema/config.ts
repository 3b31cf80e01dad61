import type { DisclosureConfig } from './core/dataset.js';

/**
 * National defaults. A regulator's settings replace these field by field (see DOMAIN.md: facts
 * marked configurable differ between jurisdictions).
 */
export const defaultConfig: Required<DisclosureConfig> = {
  minDisclosureDays: {
    // 32号令 第十三条: formal disclosure of an equity transfer ≥ 20 working days.
    EQUITY_TRANSFER: 20,
    // 32号令 第四十一条: capital increase disclosed ≥ 40 working days.
    CAPITAL_INCREASE: 40,
    // 32号令 第四十八条: reserve price 高于1000万元 → ≥ 20; 高于100万元、低于1000万元 → ≥ 10.
    // A tier applies when the listing price is strictly over `overWan`, highest first, so exactly
    // 1000 falls in the 10-day tier and 100万元 or less has no national minimum (left to the
    // exchange's rules); a regulator may add e.g. { overWan: 0, days: 5 }.
    ASSET_TRANSFER: [
      { overWan: 1000, days: 20 },
      { overWan: 100, days: 10 },
    ],
  },
  // 32号令 第十八条: a reserve price below 90% of the appraisal needs the approving body's consent.
  approvalThresholdRatio: '0.9',
  // 32号令 第二十八条: first instalment ≥ 30% of the price.
  minDownPaymentPercent: '30',
  // 国资委令第40号 uses A–D; older schemes used A–E.
  reviewGrades: ['A', 'B', 'C', 'D'],
  // 《城市供水条例》第二十二条: planned outages notified 24 hours ahead.
  outageNoticeHours: 24,
  routeChangeNoticeDays: 3,
  // 国办发〔2020〕50号: information published within 20 working days of being formed or changed.
  otherChangeWorkingDays: 20,
  // 32号令 names 拍卖、招投标、网络竞价 as the bidding (竞价) methods; a price below the reserve cannot win.
  publicBiddingMethods: ['AUCTION', 'TENDER', 'ONLINE_BIDDING'],
  payTolerance: '0.01',
  performanceSalaryCapMultiple: '2',
  reviewTermYears: 3,
  // Changes to what users pay or get; standing items (guides, hotlines) are not dated changes.
  lateChangeCategories: ['PRICE', 'SERVICE_STANDARD', 'OPERATING_HOURS'],
};

/** Reads an optional setting, falling back to the national default. */
export function setting<K extends keyof DisclosureConfig>(
  config: DisclosureConfig,
  key: K,
): NonNullable<DisclosureConfig[K]> {
  const fallback: NonNullable<DisclosureConfig[K]> = defaultConfig[key];
  return config[key] ?? fallback;
}
