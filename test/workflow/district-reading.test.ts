import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listen, RESIDENT_ID, SECRET_PARTS } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_D } from '../support/files.js';
import { upload } from '../support/upload.js';

const HEADER =
  '项目编号,项目名称,交易类型,披露阶段,转让方名称,转让方统一社会信用代码,标的企业名称,标的企业统一社会信用代码,' +
  '标的所在地区代码,转让比例(%),评估值(万元),挂牌价格(万元),批准单位,批准文号,挂牌起始日期,挂牌截止日期,交易机构,' +
  '交易方式,受让方名称,受让方类型,受让方证件号码,成交价格(万元),成交日期,付款方式,首付比例(%),备注';

/** A district enterprise (d) sells to a natural person: the deal names the buyer's resident ID. */
function districtSaleCsv() {
  const head = `G32018SH1000901,嘉定水务资产转让,产权转让,成交公告,${ENTERPRISE_D.name},${ENTERPRISE_D.uscc}`;
  const listing =
    '上海嘉定某某实业有限公司,91310115MA1K3AB7X2,310114,100,5000,5000,嘉定区国资委,,2018-06-29,2018-07-26,上海联合产权交易所,网络竞价';
  return `\uFEFF${HEADER}\n${head},${listing},张三丰,自然人,${RESIDENT_ID},5200,2018-08-03,一次性,,\n`;
}

const DETAIL = `query($id: ID!) { submission(id: $id) {
  status rows { values } publicPreview(withheldFields: []) { values }
  reviewNotes { reason } issues { totalCount nodes { value } }
} }`;

interface Detail {
  submission: {
    status: string;
    rows: { values: Record<string, unknown> }[];
    publicPreview: { values: Record<string, unknown> }[];
    reviewNotes: { reason: string }[];
    issues: { totalCount: number };
  };
}

/**
 * "The municipal commission may read its districts' published data but reviews only its own": it
 * reads a district's published submission only in its public form.
 */
describe('a municipal commission reading a district’s published submission', () => {
  let t: TestApp;
  let base: string;
  let id: string;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-d', 'jd-reviewer', 'jd-approver', 'muni-reviewer', 'muni-approver'])
      tokens[u] = await t.tokenFor(u);
    const uploaded = await upload(t, tokens['ent-d'], 'PROPERTY_TRANSACTIONS', {
      name: 'jd.csv',
      content: districtSaleCsv(),
    });
    const s = uploaded.data?.uploadSubmission;
    expect(s, JSON.stringify(uploaded.errors)).toMatchObject({ status: 'VALIDATED' });
    id = s!.id;
    const steps: [string, string][] = [
      ['submitSubmission(id: $id)', 'ent-d'],
      [
        'reviewSubmission(id: $id, decision: APPROVE, reason: "同意，受让方名称不公开", withheldFields: ["buyerName"])',
        'jd-reviewer',
      ],
      ['publishSubmission(id: $id)', 'jd-approver'],
    ];
    for (const [call, who] of steps) {
      const result = await t.gql(`mutation($id: ID!) { r: ${call} { status } }`, { id }, tokens[who]);
      expect(result.errors, call).toBeUndefined();
    }
    // An issue quoting the buyer's ID, as a warning on that cell would.
    await t.db.sql.query(
      `INSERT INTO submission_issue (submission_id, seq, severity, code, row_number, column_letter, field, value, message_zh, message_en)
       VALUES ($1, 1, 'warning', 'test-warning', 2, 'U', 'buyerIdNumber', $2, '测试', 'test')`,
      [id, RESIDENT_ID],
    );
    base = await listen(t);
  });
  afterAll(() => t.dispose());

  const download = async (kind: string, who: string) =>
    (
      await fetch(`${base}/api/submissions/${id}/${kind}`, {
        headers: { authorization: `Bearer ${tokens[who]}` },
      })
    ).status;

  test('its own commission reads it in full (the test can fail)', async () => {
    const result = await t.gql<Detail>(DETAIL, { id }, tokens['jd-reviewer']);
    const s = result.data!.submission;
    expect(s.rows[0]?.values).toMatchObject({ buyerIdNumber: RESIDENT_ID, buyerName: '张三丰' });
    expect(s.reviewNotes).toEqual([{ reason: '同意，受让方名称不公开' }]);
    expect(s.issues.totalCount).toBe(1);
    expect(await download('original', 'jd-reviewer')).toBe(200);
    expect(await download('annotated.xlsx', 'jd-approver')).toBe(200);
  });

  test.each(['muni-reviewer', 'muni-approver'])('%s sees only the public form', async (who) => {
    const result = await t.gql<Detail>(DETAIL, { id }, tokens[who]);
    expect(result.errors).toBeUndefined();
    const raw = JSON.stringify(result);
    for (const secret of [...SECRET_PARTS, '张三丰', '同意']) expect(raw).not.toContain(secret);
    const s = result.data!.submission;
    expect(s.status).toBe('PUBLISHED');
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]?.values).not.toHaveProperty('buyerIdNumber');
    expect(s.rows[0]?.values).not.toHaveProperty('buyerName');
    // What the reviewer withheld stays withheld, whatever the preview asks for.
    expect(s.publicPreview).toEqual(s.rows);
    expect(s.reviewNotes).toEqual([]);
    expect(s.issues.totalCount).toBe(0);
    expect(await download('original', who)).toBe(403);
    expect(await download('annotated.xlsx', who)).toBe(403);
  });
});
