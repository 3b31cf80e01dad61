import type { FieldType, TypedValue } from './field-type.js';
import type { IssueDraft, Severity } from './issues.js';
import type { Localized } from './localized.js';

// The registry (schema/datasets/index.ts) is the single source of the dataset keys.
export type { DatasetKey, GraphqlDatasetName } from '../datasets/index.js';

/**
 * - public: published as is;
 * - masked: published through `mask` (e.g. a resident ID as 1101**********002X);
 * - regulator-only: never leaves the regulator's side.
 * A reviewer may withhold further optional fields marked `withholdable` when approving.
 */
export type Sensitivity = 'public' | 'masked' | 'regulator-only';

export interface FieldDefinition<K extends string = string> {
  key: K;
  label: Localized;
  type: FieldType;
  required?: boolean;
  sensitivity: Sensitivity;
  /** For masked fields: how the public form is derived. */
  mask?: (value: TypedValue) => string;
  /** The reviewer may choose to withhold this field from publication (区分处理). */
  withholdable?: boolean;
  /**
   * A natural person's name that the disclosure does not require (区分处理): when this holds for
   * the row, the public form shows it masked (李*) unless the reviewer publishes it on that row.
   */
  personName?: (row: TypedRow) => boolean;
  /** Extra hint for the template, beyond the type's own. */
  hint?: Localized;
}

/** A typed row: field key → value; absent or null means empty. */
export type TypedRow<K extends string = string> = Readonly<Partial<Record<K, TypedValue | null>>>;

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

/** A rule over one typed row of a dataset with field keys K. Pure: same row and context, same findings. */
export interface RowRule<K extends string = string> {
  /** Stable kebab-case code, also the catalogue key. */
  code: string;
  severity: Severity;
  /** The regulation the rule comes from. */
  basis: Localized;
  /** Message templates; `{field}`-style placeholders are filled from the finding's params. */
  message: Localized;
  /** Fields the rule reads; the first is where its issue is located unless the finding says otherwise. */
  fields: K[];
  check(row: TypedRow<K>, ctx: RuleContext): IssueDraft[];
}

/** How the public web page lists a dataset: identifying columns, the linking column, the filters. */
export interface DatasetView<K extends string = string> {
  /** A few columns that identify a row at a glance (the record page shows every public field). */
  columns: K[];
  /** The column whose cell links to the record page (its text names the record). */
  linkField: K;
  /** Fields offered as filters. */
  facets: K[];
}

/**
 * A dataset, defined once (STYLE.md): K is the union of its field keys, so a rule, a unique key, a
 * view or a search field naming a field that does not exist fails to compile (see defineDataset).
 */
export interface DatasetDefinition<K extends string = string> {
  /** Kebab-case key used in URLs and the CLI, e.g. 'executive-pay'. */
  key: string;
  /** GraphQL enum value of DatasetKey, e.g. 'EXECUTIVE_PAY'. */
  graphqlName: string;
  title: Localized;
  description: Localized;
  /** Legal basis shown in the catalogue (标准目录). */
  basis: Localized;
  /** Sheet name of the official template; read in preference to the first visible sheet. */
  sheetName: string;
  /** Unit of money columns unless a column says otherwise. */
  moneyUnit: 'wan' | 'yuan';
  fields: FieldDefinition<K>[];
  /** Combinations of fields that must be unique within a file (unique-error). */
  uniqueKeys: K[][];
  /**
   * A record's identity across uploads and publications (its natural key): a correction replaces
   * the published record with the same key, and a new upload repeating a current record's key is
   * refused (record-already-published). Absent: the first unique key.
   */
  naturalKey?: K[];
  rules: RowRule<K>[];
  /** Field holding the enterprise's USCC, for authorisation of uploaded rows (Workflow). */
  enterpriseCodeField?: K;
  /**
   * Field giving a row's reporting period, for regulators' filters: a year, a date (its year counts)
   * or a period text such as `2022-2024`.
   */
  periodField?: K;
  /** Fields the public full-text search covers. */
  searchFields: K[];
  /** How the public web page lists it. */
  view: DatasetView<K>;
  /** Published records go to the public resource trading platform (CONTRACT.md). */
  deliveredToTradingPlatform?: boolean;
  /**
   * Event-driven obligations (跟踪检查): what happens to a record's subject that must be disclosed
   * within a window of working days. The windows are data each commission sets; which field of a
   * filed record gives the event's day is the dataset's fact, stated here.
   */
  obligationEvents?: ObligationEventDefinition<K>[];
}

export interface ObligationEventDefinition<K extends string = string> {
  /** Kebab-case, unique across datasets (setEventObligation's `event`), e.g. 'transaction-stage'. */
  key: string;
  label: Localized;
  /**
   * The field of a record that gives the event's day: one field, or a field per value of a
   * discriminating field (e.g. a property transaction's stage).
   */
  eventDay: { field: K } | { by: K; fields: Readonly<Record<string, K>> };
}

/** The field keys of a definition. */
export type FieldKeyOf<D> = D extends DatasetDefinition<infer K> ? K : never;

type Keyed<D, Key extends string, Name extends string> = D & { key: Key; graphqlName: Name };

/**
 * Declares a dataset. The field keys are inferred from `fields` alone (NoInfer elsewhere), so every
 * other place that names a field is checked against them; the key and GraphQL name stay literal,
 * which lets the registry derive the DatasetKey union.
 */
export function defineDataset<const Key extends string, const Name extends string, const K extends string>(
  def: Omit<DatasetDefinition<NoInfer<K>>, 'key' | 'graphqlName' | 'fields'> & {
    key: Key;
    graphqlName: Name;
    fields: FieldDefinition<K>[];
  },
): Keyed<DatasetDefinition<K>, Key, Name> {
  if (!/^[a-z]+(-[a-z]+)*$/.test(def.key)) throw new Error(`dataset key not kebab-case: ${def.key}`);
  if (def.graphqlName !== def.key.toUpperCase().replace(/-/g, '_')) {
    throw new Error(`dataset ${def.key}: graphqlName must be ${def.key.toUpperCase().replace(/-/g, '_')}`);
  }
  return def;
}
