import type { Database } from '../../src/db/database.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { publishSubmission } from '../../src/publishing/publish.service.js';
import { reviewSubmission } from '../../src/submissions/review.service.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { ENTERPRISE_A, ENTERPRISE_D } from '../support/files.js';

const PT_HEADER =
  '项目编号,项目名称,交易类型,披露阶段,转让方名称,转让方统一社会信用代码,标的企业名称,标的企业统一社会信用代码,' +
  '标的所在地区代码,转让比例(%),评估值(万元),挂牌价格(万元),批准单位,批准文号,挂牌起始日期,挂牌截止日期,交易机构,' +
  '交易方式,受让方名称,受让方类型,受让方证件号码,成交价格(万元),成交日期,付款方式,首付比例(%),备注';
const SI_HEADER =
  '行业,信息类别,标题,内容,生效时间,结束时间,发布时间,是否紧急,影响区域,线路编号,指标名称,指标值,单位,限值,服务电话';

export interface Stage {
  code: string;
  stage: '预披露' | '正式披露' | '成交公告';
  listing?: readonly [string, string];
  deal?: string;
  remarks?: string;
}

/** An equity transfer's stages as the seller (a or d) files them: a result carries a buyer and a deal. */
export function stagesCsv(seller: 'a' | 'd', stages: Stage[]) {
  const e = seller === 'a' ? ENTERPRISE_A : ENTERPRISE_D;
  const lines = stages.map((s) => {
    const result = s.stage === '成交公告';
    return [
      s.code,
      `${s.code}股权转让`,
      '产权转让',
      s.stage,
      e.name,
      e.uscc,
      '上海某某实业有限公司',
      '91310115MA1K3AB7X2',
      '310115',
      '100',
      '5000',
      '5000',
      '上海市国资委',
      '',
      ...(s.listing ?? ['', '']),
      '上海联合产权交易所',
      '网络竞价',
      ...(result
        ? ['上海某某投资管理有限公司', '法人', '91310106MA1G5T0L4X', '5200', s.deal ?? '']
        : ['', '', '', '', '']),
      result ? '一次性' : '',
      '',
      s.remarks ?? '',
    ].join(',');
  });
  return `\uFEFF${PT_HEADER}\n${lines.join('\n')}\n`;
}

/** One bus service item of ent-b taking effect at `effectiveFrom`, announced a week before. */
export function busItemCsv(
  title: string,
  category: '运营时间' | '服务标准',
  effectiveFrom: string,
  noticeAt: string,
) {
  const row = [
    '公共交通',
    category,
    title,
    `${title}，详见公告。`,
    effectiveFrom,
    '',
    noticeAt,
    '否',
    '',
    '71',
    '',
    '',
    '',
    '',
    '',
  ];
  return `\uFEFF${SI_HEADER}\n${row.join(',')}\n`;
}

const FILERS = { a: 'ent-a', b: 'ent-b', d: 'ent-d' } as const;
const REVIEWERS = { a: 'muni-reviewer', b: 'muni-reviewer', d: 'jd-reviewer' } as const;
const APPROVERS = { a: 'muni-approver', b: 'muni-approver', d: 'jd-approver' } as const;

export interface FileOptions {
  /** The reviewer sends it back (退回). */
  returned?: boolean;
  /** Reviewed and published (a correction needs a published original). */
  published?: boolean;
  /** The published submission this file corrects. */
  corrects?: string;
}

/**
 * The filer uploads and submits (acknowledging warnings) through the real services; the
 * submission time is then set to `submittedAt` (the test's clock).
 */
export async function fileEvents(
  db: Database,
  owner: keyof typeof FILERS,
  dataset: 'PROPERTY_TRANSACTIONS' | 'SERVICE_INFO',
  csv: string,
  submittedAt: string,
  options: FileOptions = {},
): Promise<{ id: string; receiptCode: string }> {
  const filer = await actorByUsername(db, FILERS[owner]);
  const bytes = new TextEncoder().encode(csv);
  const { submissionId: id } = await uploadSubmission(
    db,
    filer,
    { dataset, filename: 'e.csv', bytes, correctsId: options.corrects },
    { maxBytes: 1e7 },
  );
  const s = await db.prisma.submission.findUniqueOrThrow({ where: { id } });
  const issues = await db.prisma.submissionIssue.findMany({ where: { submissionId: id } });
  if (s.status !== 'VALIDATED')
    throw new Error(`${dataset} file did not validate: ${issues.map((i) => i.messageEn).join('; ')}`);
  const warnings = issues.filter((i) => i.severity === 'warning').map((w) => w.seq);
  await submitSubmission(db, filer, { id, acknowledgeWarnings: warnings });
  await db.sql.query('UPDATE submission SET submitted_at = $2 WHERE id = $1', [id, submittedAt]);
  const reviewer = await actorByUsername(db, REVIEWERS[owner]);
  if (options.returned)
    await reviewSubmission(db, reviewer, { id, decision: 'RETURN', reason: '请核对挂牌日期' });
  if (options.published) {
    await reviewSubmission(db, reviewer, { id, decision: 'APPROVE' });
    await publishSubmission(db, await actorByUsername(db, APPROVERS[owner]), id);
  }
  return { id, receiptCode: s.receiptCode };
}
