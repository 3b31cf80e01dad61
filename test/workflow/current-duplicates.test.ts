// Defect 7 of issue 9: a record current from an earlier publication, filed again as a new upload,
// is refused at upload (record-already-published) with a pointer to the publication to correct.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileThrough, propertyCsv, signIn, type Tokens } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv, type PayRow } from '../support/files.js';
import { upload } from '../support/upload.js';

interface IssueNode {
  code: string;
  severity: string;
  row: number;
  column: string;
  field: string;
  messageZh: string;
  messageEn: string;
}

describe('the same record current twice (record-already-published)', () => {
  let t: TestApp;
  let tokens: Tokens;
  let serial = 0;
  beforeAll(async () => {
    t = await createTestApp();
    tokens = await signIn(t);
  });
  afterAll(() => t.dispose());

  /** Executive pay rows; each file gets a distinct position so its bytes are new. */
  const payCsv = (rows: PayRow[]) => {
    serial += 1;
    return executivePayCsv(
      ENTERPRISE_A,
      rows.map((r) => ({ position: `董事长${serial}`, ...r })),
    );
  };
  const send = async (dataset: string, content: string, variables: { corrects?: string } = {}) => {
    const result = await upload(t, tokens['ent-a'], dataset, { name: 'f.csv', content }, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.uploadSubmission;
  };
  const issuesOf = async (id: string) => {
    const result = await t.gql<{ submission: { issues: { nodes: IssueNode[] } } }>(
      `query($id: ID!) { submission(id: $id) { issues(first: 100) { nodes {
        code severity row column field messageZh messageEn } } } }`,
      { id },
      tokens['ent-a'],
    );
    return result.data!.submission.issues.nodes.filter((i) => i.code === 'record-already-published');
  };
  /** Submit, approve, publish. */
  const walk = async (id: string) => {
    const steps: [string, keyof Tokens][] = [
      ['submitSubmission(id: $id)', 'ent-a'],
      ['reviewSubmission(id: $id, decision: APPROVE)', 'muni-reviewer'],
      ['publishSubmission(id: $id)', 'muni-approver'],
    ];
    for (const [call, who] of steps) {
      const result = await t.gql(`mutation($id: ID!) { r: ${call} { status } }`, { id }, tokens[who]);
      expect(result.errors).toBeUndefined();
    }
  };
  const receiptOf = async (id: string) =>
    (await t.db.prisma.submission.findUniqueOrThrow({ where: { id } })).receiptCode;

  test('a new upload repeating a current record is an error pointing at the publication', async () => {
    const first = await fileThrough(t, tokens, 'EXECUTIVE_PAY', payCsv([{ name: '周重复' }]));
    const again = await send('EXECUTIVE_PAY', payCsv([{ name: '吴新人' }, { name: '周重复' }]));
    expect(again).toMatchObject({ status: 'VALIDATION_FAILED', errorCount: 1, rowCount: 2 });
    const [issue, ...rest] = await issuesOf(again.id);
    expect(rest).toEqual([]);
    const receipt = await receiptOf(first);
    expect(issue).toMatchObject({ severity: 'ERROR', row: 3, column: 'A', field: 'fiscalYear' });
    expect(issue!.messageZh).toContain(`查询码 ${receipt}`);
    expect(issue!.messageZh).toContain('提交更正');
    expect(issue!.messageZh).toContain('周重复');
    expect(issue!.messageEn).toContain(first);
    expect(issue!.messageEn).toContain('file a correction');
    // Refused for submission: it cannot reach review.
    const submit = await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id: again.id },
      tokens['ent-a'],
    );
    expect(submit.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  test('a correction of that publication may repeat its records; once published it is the current one', async () => {
    const original = await fileThrough(t, tokens, 'EXECUTIVE_PAY', payCsv([{ name: '郑更正' }]));
    const correction = await send('EXECUTIVE_PAY', payCsv([{ name: '郑更正' }]), { corrects: original });
    expect(correction).toMatchObject({ status: 'VALIDATED', errorCount: 0 });
    await walk(correction.id);
    const again = await send('EXECUTIVE_PAY', payCsv([{ name: '郑更正' }]));
    expect(again.status).toBe('VALIDATION_FAILED');
    const [issue] = await issuesOf(again.id);
    // The superseded original is no longer current: the pointer is to the correction.
    expect(issue!.messageZh).toContain(await receiptOf(correction.id));
    expect(issue!.messageZh).not.toContain(await receiptOf(original));
  });

  test('a correction repeating a record current in ANOTHER publication is refused too', async () => {
    const other = await fileThrough(t, tokens, 'EXECUTIVE_PAY', payCsv([{ name: '王另一' }]));
    const original = await fileThrough(t, tokens, 'EXECUTIVE_PAY', payCsv([{ name: '钱本身' }]));
    const correction = await send('EXECUTIVE_PAY', payCsv([{ name: '钱本身' }, { name: '王另一' }]), {
      corrects: original,
    });
    expect(correction).toMatchObject({ status: 'VALIDATION_FAILED', errorCount: 1 });
    const issues = await issuesOf(correction.id);
    expect(issues.map((i) => i.row)).toEqual([3]);
    expect(issues[0]!.messageZh).toContain(await receiptOf(other));
  });

  test('a withdrawn record is not current: filing it anew is allowed', async () => {
    const id = await fileThrough(t, tokens, 'EXECUTIVE_PAY', payCsv([{ name: '孙撤回' }]));
    const withdrawn = await t.gql(
      'mutation($id: ID!) { withdrawSubmission(id: $id, reason: "数据有误") { status } }',
      { id },
      tokens['muni-approver'],
    );
    expect(withdrawn.data).toEqual({ withdrawSubmission: { status: 'WITHDRAWN' } });
    expect(await send('EXECUTIVE_PAY', payCsv([{ name: '孙撤回' }]))).toMatchObject({ status: 'VALIDATED' });
  });

  test('property transactions: the key is project code and stage', async () => {
    const code = 'G32018SH1000901';
    await fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', propertyCsv({ code, name: '重复项目' }));
    // The deal announcement is a new stage of the same project: allowed beside the formal one…
    const deal = propertyCsv({ code, name: '重复项目', buyer: 'company' }).split('\n');
    const dealOnly = `${deal[0]}\n${deal[2]}\n`;
    expect(await send('PROPERTY_TRANSACTIONS', dealOnly)).toMatchObject({ status: 'VALIDATED' });
    // …but the formal disclosure again is the same record.
    const both = await send(
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code, name: '重复项目', buyer: 'company' }),
    );
    expect(both).toMatchObject({ status: 'VALIDATION_FAILED', errorCount: 1 });
    const issues = await issuesOf(both.id);
    expect(issues.map((i) => `${i.row}${i.column}:${i.field}`)).toEqual(['2A:projectCode']);
  });

  test('two new files with the same record in review: publishing the second is refused', async () => {
    const first = await send('EXECUTIVE_PAY', payCsv([{ name: '冯并行' }]));
    const second = await send('EXECUTIVE_PAY', payCsv([{ name: '冯并行' }]));
    expect(second.status).toBe('VALIDATED');
    await walk(first.id);
    const steps: [string, keyof Tokens][] = [
      ['submitSubmission(id: $id)', 'ent-a'],
      ['reviewSubmission(id: $id, decision: APPROVE)', 'muni-reviewer'],
    ];
    for (const [call, who] of steps)
      await t.gql(`mutation($id: ID!) { ${call} { status } }`, { id: second.id }, tokens[who]);
    const refused = await t.gql<unknown>(
      'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
      { id: second.id },
      tokens['muni-approver'],
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0]?.message).toContain(first.id);
    expect((await t.db.prisma.submission.findUniqueOrThrow({ where: { id: second.id } })).status).toBe(
      'APPROVED',
    );
    const current = await t.db.prisma.publishedRecord.count({
      where: { values: { path: ['name'], equals: '冯并行' } },
    });
    expect(current).toBe(1);
  });
});
