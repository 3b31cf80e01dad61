import type { FieldType, TypedValue } from './field-type.js';
import type { IssueDraft, Severity } from './issues.js';
import type { Localized } from './localized.js';

export type DatasetKey = 'property-transactions' | 'executive-pay' | 'performance-reviews' | 'service-info';

/**
 * - public: published as is;
 * - masked: published through `mask` (e.g. a resident ID as 1101**********002X);
 * - regulator-only: never leaves the regulator's side.
 * A reviewer may withhold further optional fields marked `withholdable` when approving.
 */
export type Sensitivity = 'public' | 'masked' | 'regulator-only';

export interface FieldDefinition {
  key: string;
  label: Localized;
  type: FieldType;
  required?: boolean;
  sensitivity: Sensitivity;
  /** For masked fields: how the public form is derived. */
  mask?: (value: TypedValue) => string;
  /** The reviewer may choose to withhold this field from publication (区分处理). */
  withholdable?: boolean;
  /** Extra hint for the template, beyond the type's own. */
  hint?: Localized;
}

/** A typed row: field key → value; absent or null means empty. */
export type TypedRow = Readonly<Record<string, TypedValue | null | undefined>>;

export interface RuleContext {
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
  /** Working-day calendar (official holidays and 调休 make-up days). */
  calendar: WorkingDayCalendar;
  /** Jurisdiction-specific settings (thresholds, grade scheme); defaults in schema/config.ts. */
  config: DisclosureConfig;
  /**
   * Fields whose cell was filled but could not be read (their own type or constraint issue is
   * already reported). Rules treat them as unknown, not empty, so nothing is reported twice.
   * Absent means none.
   */
  invalidFields?: ReadonlySet<string>;
}

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** Working days from start to end, counting both ends; 0 when end < start. */
  countWorkingDays(start: string, end: string): number;
  /** Adds n working days after date (n ≥ 1). */
  addWorkingDays(date: string, n: number): string;
  /** Years the calendar has official data for; outside them it falls back to Mon–Fri and says so. */
  coveredYears(): number[];
}

export interface DisclosureConfig {
  /** Minimum formal disclosure period in working days per transaction type. */
  minDisclosureDays: {
    EQUITY_TRANSFER: number;
    CAPITAL_INCREASE: number;
    /** Asset transfers: tiers by listing price in 万元, highest threshold first. */
    ASSET_TRANSFER: { overWan: number; days: number }[];
  };
  /** Listing price below this share of the appraised value needs written approval (0.9). */
  approvalThresholdRatio: string;
  /** Minimum first instalment share, in percent (30). */
  minDownPaymentPercent: string;
  /** Performance review grades in use, best first (A–D by default). */
  reviewGrades: string[];
  /** Notice periods for service information. */
  outageNoticeHours: number;
  routeChangeNoticeDays: number;
  otherChangeWorkingDays: number;
  /** Trading methods that are public bidding (deal price ≥ listing price); default AUCTION, TENDER, ONLINE_BIDDING. */
  publicBiddingMethods?: string[];
  /** Rounding tolerance for pay sums, in 万元 (default '0.01'). */
  payTolerance?: string;
  /** Performance salary above this multiple of the base salary is a warning (default '2'). */
  performanceSalaryCapMultiple?: string;
  /** Years in a term review period (default 3). */
  reviewTermYears?: number;
  /**
   * Service-info categories whose notice must follow the change within otherChangeWorkingDays
   * (default PRICE, SERVICE_STANDARD, OPERATING_HOURS).
   */
  lateChangeCategories?: string[];
}

/** A rule over one typed row. Pure: same row and context, same findings. */
export interface RowRule {
  /** Stable kebab-case code, also the catalogue key. */
  code: string;
  severity: Severity;
  /** The regulation the rule comes from. */
  basis: Localized;
  /** Message templates; `{field}`-style placeholders are filled from the finding's params. */
  message: Localized;
  /** Fields the rule reads; the first is where its issue is located unless the finding says otherwise. */
  fields: string[];
  check(row: TypedRow, ctx: RuleContext): IssueDraft[];
}

export interface DatasetDefinition {
  key: DatasetKey;
  /** GraphQL enum value of DatasetKey. */
  graphqlName: 'PROPERTY_TRANSACTIONS' | 'EXECUTIVE_PAY' | 'PERFORMANCE_REVIEWS' | 'SERVICE_INFO';
  title: Localized;
  description: Localized;
  /** Legal basis shown in the catalogue (标准目录). */
  basis: Localized;
  /** Sheet name of the official template; read in preference to the first visible sheet. */
  sheetName: string;
  /** Unit of money columns unless a column says otherwise. */
  moneyUnit: 'wan' | 'yuan';
  fields: FieldDefinition[];
  /** Combinations of fields that must be unique within a file (unique-error). */
  uniqueKeys: string[][];
  rules: RowRule[];
  /** Field holding the enterprise's USCC, for authorisation of uploaded rows (Workflow). */
  enterpriseCodeField?: string;
  /**
   * Field giving a row's reporting period, for regulators' filters: a year, a date (its year counts)
   * or a period text such as `2022-2024`.
   */
  periodField?: string;
  /** Fields the public full-text search covers. */
  searchFields: string[];
}
