// A 2027 formal disclosure over the Spring Festival, and the days a regulator adds for it. The days
// are test data shaped like a State Council notice, not the official 2027 arrangement.
import { propertyTransactions } from '../../schema/datasets/index.js';
import { toTable, utf8BomCsv } from '../fixtures/lib/table.js';

export const NOTICE_2027 = '国办发明电〔2026〕测试1号';

/** 2027-02-05 and 02-08..02-12 off (6 weekdays), 02-20 (a Saturday) worked. */
export const SPRING_FESTIVAL_2027 = [
  ...['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({
    date,
    kind: 'HOLIDAY' as const,
  })),
  { date: '2027-02-20', kind: 'WORKDAY' as const },
];

/**
 * An equity transfer listed 2027-01-25..02-19: 20 days counted Monday–Friday (just enough), 14 real
 * working days once the Spring Festival is on file (too short). Data row = Excel row 2; `serial`
 * varies the project code, so each call can be a new upload rather than the same bytes again.
 */
export function disclosure2027Csv(seller: { name: string; uscc: string }, serial = 1): Buffer {
  const row = {
    projectCode: `G32027SH${String(1000000 + serial)}`,
    projectName: '上海某某实业有限公司100%股权转让',
    transactionType: '产权转让',
    disclosureStage: '正式披露',
    sellerName: seller.name,
    sellerCode: seller.uscc,
    targetName: '上海某某实业有限公司',
    targetCode: '91510725MAC81HRBXC',
    appraisedValue: '5000',
    listingPrice: '5000',
    listingStartDate: '2027-01-25',
    listingEndDate: '2027-02-19',
    exchangeName: '上海联合产权交易所',
    tradingMethod: '网络竞价',
  };
  return utf8BomCsv(toTable(propertyTransactions, [row]));
}
