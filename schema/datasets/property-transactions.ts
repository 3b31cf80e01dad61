// 国有产权交易信息披露 — 32号令《企业国有资产交易监督管理办法》 (SASAC/MOF Order No. 32) and its operating rules.
import { defineDataset, type TypedRow } from '../core/dataset.js';
import { date, enumOf, money, partyId, percent, regionCode, text, uscc } from '../fields/index.js';
import { isResidentIdFormat } from '../identifiers/resident-id.js';
import { propertyTransactionRules } from '../rules/index.js';
import { buyerTypes, disclosureStages, paymentTerms, tradingMethods, transactionTypes } from './enums.js';
import { field, required } from './field.js';

/**
 * A natural person buyer: typed so, or untyped with a resident ID as the buyer's number (fail
 * closed: a name is masked rather than published when the row does not say who the buyer is).
 */
const isNaturalPersonBuyer = (row: TypedRow) =>
  row.buyerType === 'NATURAL_PERSON' ||
  ((row.buyerType === null || row.buyerType === undefined) &&
    typeof row.buyerIdNumber === 'string' &&
    isResidentIdFormat(row.buyerIdNumber));

const PROJECT_CODE = /^[GQ][36R]\d{4}[A-Z]{2}\d{7}(-\d+)?$/;

export const propertyTransactionsFields = [
  field(
    'projectCode',
    '项目编号',
    'Project code',
    text({
      maxLength: 20,
      pattern: {
        regex: PROJECT_CODE,
        severity: 'warning',
        description: {
          zh: '交易机构项目编号，如 G32018SH1000120',
          en: 'an exchange project code, e.g. G32018SH1000120',
        },
      },
    }),
    required,
  ),
  field('projectName', '项目名称', 'Project name', text({ maxLength: 300 }), required),
  field('transactionType', '交易类型', 'Transaction type', enumOf(transactionTypes), required),
  field('disclosureStage', '披露阶段', 'Disclosure stage', enumOf(disclosureStages), required),
  field('sellerName', '转让方名称', 'Seller name', text({ maxLength: 200, content: 'name' }), required),
  field('sellerCode', '转让方统一社会信用代码', 'Seller USCC', uscc(), required),
  // Required unless ASSET_TRANSFER: a rule in schema/rules/.
  field('targetName', '标的企业名称', 'Target enterprise name', text({ maxLength: 200, content: 'name' })),
  field('targetCode', '标的企业统一社会信用代码', 'Target enterprise USCC', uscc()),
  field('regionCode', '标的所在地区代码', 'Target region code', regionCode()),
  field(
    'transferPercent',
    '转让比例(%)',
    'Share transferred (%)',
    percent({ min: '0', max: '100', scale: 4 }),
  ),
  field('appraisedValue', '评估值(万元)', 'Appraised value (10k CNY)', money({ min: '0' }), required),
  field('listingPrice', '挂牌价格(万元)', 'Listing price (10k CNY)', money({ min: '0' }), required),
  field('approvingAuthority', '批准单位', 'Approving authority', text({ maxLength: 200 })),
  field('approvalRef', '批准文号', 'Approval reference', text({ maxLength: 100 })),
  field('listingStartDate', '挂牌起始日期', 'Listing start date', date()),
  field('listingEndDate', '挂牌截止日期', 'Listing end date', date()),
  field('exchangeName', '交易机构', 'Exchange', text({ maxLength: 200 })),
  field('tradingMethod', '交易方式', 'Trading method', enumOf(tradingMethods)),
  // A natural person's name is personal information (区分处理): masked by default (李*) unless
  // the reviewer publishes it on that row; the reviewer may also withhold the column.
  field('buyerName', '受让方名称', 'Buyer name', text({ maxLength: 200, content: 'name' }), {
    withholdable: true,
    personName: isNaturalPersonBuyer,
  }),
  field('buyerType', '受让方类型', 'Buyer type', enumOf(buyerTypes)),
  // Never public, not even masked: a USCC gains nothing from masking and a resident ID must not leak.
  field('buyerIdNumber', '受让方证件号码', 'Buyer ID number', partyId(), { sensitivity: 'regulator-only' }),
  field('dealPrice', '成交价格(万元)', 'Deal price (10k CNY)', money({ min: '0' })),
  field('dealDate', '成交日期', 'Deal date', date()),
  field('paymentTerms', '付款方式', 'Payment terms', enumOf(paymentTerms)),
  field('downPaymentPercent', '首付比例(%)', 'Down payment (%)', percent({ min: '0', max: '100', scale: 4 })),
  field('remarks', '备注', 'Remarks', text({ maxLength: 1000, content: 'free-text' })),
];

/** The field keys of this dataset: rules and views are checked against them. */
export type PropertyTransactionField = (typeof propertyTransactionsFields)[number]['key'];

export const propertyTransactions = defineDataset({
  key: 'property-transactions',
  graphqlName: 'PROPERTY_TRANSACTIONS',
  title: { zh: '国有产权交易', en: 'State-owned property transactions' },
  description: {
    zh: '企业国有产权转让、增资扩股和资产转让项目的预披露、正式披露和成交公告信息，每行为一个项目的一个披露阶段。',
    en: 'Pre-disclosure, formal disclosure and deal announcements of SOE equity transfers, capital increases and asset transfers; one row per project and stage.',
  },
  basis: {
    zh: '《企业国有资产交易监督管理办法》（国务院国资委 财政部令第32号）',
    en: 'Measures for the Supervision and Administration of State-owned Asset Transactions (SASAC/MOF Order No. 32)',
  },
  sheetName: '国有产权交易',
  moneyUnit: 'wan',
  fields: propertyTransactionsFields,
  uniqueKeys: [['projectCode', 'disclosureStage']],
  // One project (the exchange's code) at one disclosure stage.
  naturalKey: ['projectCode', 'disclosureStage'],
  rules: propertyTransactionRules,
  enterpriseCodeField: 'sellerCode',
  periodField: 'listingStartDate',
  searchFields: ['projectCode', 'projectName', 'sellerName', 'targetName', 'buyerName', 'exchangeName'],
  view: {
    columns: ['projectCode', 'projectName', 'transactionType', 'disclosureStage', 'listingPrice'],
    linkField: 'projectName',
    facets: ['transactionType', 'disclosureStage'],
  },
  deliveredToTradingPlatform: true,
  obligationEvents: [
    {
      key: 'transaction-stage',
      label: { zh: '产权交易各披露阶段（预披露、正式披露、成交公告）', en: 'a property transaction stage' },
      // The stage's own day at the exchange (32号令): a pre-disclosure or a formal disclosure starts
      // with its listing (挂牌起始日期: the fixtures' 预披露 rows carry the pre-listing's start there
      // too); a result (成交公告) follows the deal (成交日期). One row is one project at one stage.
      eventDay: {
        by: 'disclosureStage',
        fields: { PRE: 'listingStartDate', FORMAL: 'listingStartDate', RESULT: 'dealDate' },
      },
    },
  ],
});
