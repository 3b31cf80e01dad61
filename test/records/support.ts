import type { Database } from '../../src/db/database.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { publishSubmission } from '../../src/publishing/publish.service.js';
import { reviewSubmission } from '../../src/submissions/review.service.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { ENTERPRISE_A, ENTERPRISE_B, ENTERPRISE_D, executivePayCsv } from '../support/files.js';

const OWNERS = {
  a: { filer: 'ent-a', reviewer: 'muni-reviewer', approver: 'muni-approver' },
  b: { filer: 'ent-b', reviewer: 'muni-reviewer', approver: 'muni-approver' },
  d: { filer: 'ent-d', reviewer: 'jd-reviewer', approver: 'jd-approver' },
};
export type Owner = keyof typeof OWNERS;
export const ENTERPRISES = { a: ENTERPRISE_A, b: ENTERPRISE_B, d: ENTERPRISE_D };

/**
 * Walks a file through the real services — upload, submit (acknowledging its warnings), review,
 * publish — up to `until`. Returns the submission id.
 */
export async function fileThrough(
  db: Database,
  owner: Owner,
  dataset: string,
  csv: string,
  until: 'PENDING_REVIEW' | 'PUBLISHED' = 'PUBLISHED',
  withheldFields: string[] = [],
): Promise<string> {
  const o = OWNERS[owner];
  const filer = await actorByUsername(db, o.filer);
  const bytes = new TextEncoder().encode(csv);
  const { submissionId: id } = await uploadSubmission(
    db,
    filer,
    { dataset, filename: 'f.csv', bytes },
    { maxBytes: 1e7 },
  );
  const status = await db.prisma.submission.findUniqueOrThrow({ where: { id } });
  if (status.status !== 'VALIDATED') throw new Error(`${dataset} file did not validate: ${status.status}`);
  const warnings = await db.prisma.submissionIssue.findMany({
    where: { submissionId: id, severity: 'warning' },
  });
  await submitSubmission(db, filer, { id, acknowledgeWarnings: warnings.map((w) => w.seq) });
  if (until === 'PENDING_REVIEW') return id;
  await reviewSubmission(db, await actorByUsername(db, o.reviewer), {
    id,
    decision: 'APPROVE',
    withheldFields,
  });
  await publishSubmission(db, await actorByUsername(db, o.approver), id);
  return id;
}

/** Executive pay of 2023 (and one of 2022): totals 188 (base 60 + 90 + 38) or 128 (40 + 50 + 38). */
export function payCsv(owner: Owner, people: { name: string; high: boolean; year?: number }[]) {
  return executivePayCsv(
    ENTERPRISES[owner],
    people.map((p) => ({
      name: p.name,
      year: p.year ?? 2023,
      base: p.high ? '60' : '40',
      performance: p.high ? '90' : '50',
    })),
  );
}

const PT_HEADER =
  '项目编号,项目名称,交易类型,披露阶段,转让方名称,转让方统一社会信用代码,标的企业名称,标的企业统一社会信用代码,' +
  '标的所在地区代码,转让比例(%),评估值(万元),挂牌价格(万元),批准单位,批准文号,挂牌起始日期,挂牌截止日期,交易机构,' +
  '交易方式,受让方名称,受让方类型,受让方证件号码,成交价格(万元),成交日期,付款方式,首付比例(%),备注';

export interface Deal {
  code: string;
  listing: string;
  deal: string;
  method: '协议转让' | '网络竞价';
  buyer?: string;
}

/** Property transfers at the result stage (成交公告), one line per deal. */
export function dealsCsv(owner: Owner, deals: Deal[]) {
  const e = ENTERPRISES[owner];
  const lines = deals.map((d) =>
    [
      d.code,
      `${d.code}股权转让`,
      '产权转让',
      '成交公告',
      e.name,
      e.uscc,
      '上海某某实业有限公司',
      '91310115MA1K3AB7X2',
      '310115',
      '100',
      d.listing,
      d.listing,
      '上海市国资委',
      '',
      '2018-06-29',
      '2018-07-26',
      '上海联合产权交易所',
      d.method,
      d.buyer ?? '上海某某投资管理有限公司',
      '法人',
      '91310106MA1G5T0L4X',
      d.deal,
      '2018-08-03',
      '一次性',
      '',
      '',
    ].join(','),
  );
  return `\uFEFF${PT_HEADER}\n${lines.join('\n')}\n`;
}

/**
 * The records tests' data, through the real workflow. Executive pay: a 甲高 188 / 甲低 128 (2023),
 * 甲旧 188 (2022); b 乙高 188; d (嘉定) 丁高 188 / 丁低 128; in review: a 甲待审, d 丁待审. Deals
 * (成交公告): a 121 (12000 → 11000, 协议), 122 (12000 → 12500), 123 (5000 → 4800); d 124
 * (20000 → 15000, its buyer's name withheld by the district's reviewer).
 */
export async function recordsScenario(db: Database) {
  const pay = (owner: Owner, people: Parameters<typeof payCsv>[1], until?: 'PENDING_REVIEW') =>
    fileThrough(db, owner, 'EXECUTIVE_PAY', payCsv(owner, people), until);
  await pay('a', [
    { name: '甲高', high: true },
    { name: '甲低', high: false },
    { name: '甲旧', high: true, year: 2022 },
  ]);
  await pay('b', [{ name: '乙高', high: true }]);
  await pay('d', [
    { name: '丁高', high: true },
    { name: '丁低', high: false },
  ]);
  await pay('a', [{ name: '甲待审', high: true }], 'PENDING_REVIEW');
  await pay('d', [{ name: '丁待审', high: true }], 'PENDING_REVIEW');
  const deals = dealsCsv('a', [
    { code: 'G32018SH1000121', listing: '12000', deal: '11000', method: '协议转让' },
    { code: 'G32018SH1000122', listing: '12000', deal: '12500', method: '网络竞价' },
    { code: 'G32018SH1000123', listing: '5000', deal: '4800', method: '协议转让' },
  ]);
  await fileThrough(db, 'a', 'PROPERTY_TRANSACTIONS', deals);
  const district = dealsCsv('d', [
    { code: 'G32018SH1000124', listing: '20000', deal: '15000', method: '协议转让' },
  ]);
  await fileThrough(db, 'd', 'PROPERTY_TRANSACTIONS', district, 'PUBLISHED', ['buyerName']);
}
