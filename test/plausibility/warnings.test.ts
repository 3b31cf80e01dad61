// Plausibility warnings (issue 9, defect 6), from files the test builds: located to the cell,
// severity warning, named as such in zh and en.
import { describe, expect, test } from 'vitest';
import type { Issue } from '../../schema/core/issues.js';
import { type ValidatedRow, validateFile } from '../../src/intake/validate-file.js';
import { ENTERPRISE_A } from '../support/files.js';

const HEADER =
  '年度,企业名称,统一社会信用代码,姓名,职务,任职起始,任职终止,基本年薪,绩效年薪,应付年薪,任期激励收入,' +
  '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分,其他货币性收入,税前报酬合计,是否在股东单位或其他关联企业领取薪酬,关联方领取的税前薪酬总额,备注';

interface Line {
  name?: string;
  enterprise?: string;
  /** base, performance, payable, term, contributions, other, total */
  pay?: string[];
  remarks?: string;
}

const NAMES = ['张伟', '李娜', '王强', '赵敏'];
const line = (l: Line, i: number) =>
  [
    2023,
    l.enterprise ?? ENTERPRISE_A.name,
    ENTERPRISE_A.uscc,
    l.name ?? NAMES[i],
    '董事长',
    '2019-01',
    '',
    ...(l.pay ?? ['60', '90', '150', '20', '18', '0', '188']),
    '否',
    '',
    l.remarks ?? '',
  ].join(',');

/** A CSV as offices write it: title, unit line, header, rows. */
const csv = (unitLine: string, lines: Line[]) =>
  `\uFEFF2023年度企业负责人薪酬情况表\n${unitLine}\n${HEADER}\n${lines.map(line).join('\n')}\n`;

async function validate(content: string) {
  const rows: ValidatedRow[] = [];
  const bytes = new TextEncoder().encode(content);
  const context = { emit: async (batch: ValidatedRow[]) => void rows.push(...batch) };
  const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
  return { report, rows };
}

const only = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe('an amount far outside what the unit makes plausible', () => {
  test('元 typed under 单位：万元 warns on each cell and names the unit slip', async () => {
    const inYuan = ['360000', '540000', '900000', '200000', '180000', '0', '1280000'];
    const { report, rows } = await validate(csv('单位：万元', [{ pay: inYuan }, {}]));
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const slips = only(report.issues, 'amount-implausible');
    // Six amounts in 元 (0 is plausible), none on the row typed in 万元.
    expect(slips.map((i) => `${i.row}${i.column}`)).toEqual(['4H', '4I', '4J', '4K', '4L', '4N']);
    const base = slips[0]!;
    expect(base).toMatchObject({ severity: 'warning', field: 'baseSalary', value: '360000' });
    expect(base.message.zh).toContain('合理性提示');
    expect(base.message.zh).toContain('单位错误');
    expect(base.message.zh).toContain('应为36万元');
    expect(base.message.en).toContain('Plausibility warning');
    expect(base.message.en).toContain('unit slip');
    expect(base.message.en).not.toMatch(/\p{Script=Han}/u);
    // A warning: the value is kept exactly as read, for the enterprise to confirm or correct.
    expect(rows[0]?.values.baseSalary).toBe('360000');
  });

  test('万元 typed under 单位：元 warns the other way', async () => {
    const { report } = await validate(csv('单位：元', [{ pay: ['36', '54', '90', '', '', '', '90'] }]));
    const slips = only(report.issues, 'amount-implausible');
    // 绩效年薪 has no lower bound of its own (it may be small): only an upper one.
    expect(slips.map((i) => i.field)).toEqual(['baseSalary', 'annualSalaryPayable', 'totalPreTax']);
    expect(slips[0]?.message.zh).toContain('疑似按“万元”填写在了“元”单位下');
    expect(slips[0]?.message.zh).toContain('应为36万元');
  });

  test('plausible amounts, in 万元 or in 元 under 单位：元, warn nothing', async () => {
    const inYuan = ['600000', '900000', '1500000', '200000', '180000', '0', '1880000'];
    expect(only((await validate(csv('单位：万元', [{}]))).report.issues, 'amount-implausible')).toEqual([]);
    const yuanSheet = await validate(csv('单位：元', [{ pay: inYuan }]));
    expect(yuanSheet.report.issues).toEqual([]);
    expect(yuanSheet.rows[0]?.values.baseSalary).toBe('60');
  });
});

describe('a character lost in an encoding round trip', () => {
  test('? in a name, U+FFFD anywhere, ? between Han characters in text', async () => {
    const { report } = await validate(
      csv('单位：万元', [
        { name: '张?明' },
        { name: '李娜', enterprise: `上海示范城建集团有限\uFFFD司` },
        { name: '王强', remarks: '经李?华同志核实' },
        { name: '赵敏', remarks: '是否含任期激励? 已含' },
      ]),
    );
    const lost = only(report.issues, 'character-lost');
    expect(lost.map((i) => `${i.row}${i.column}:${i.field}`)).toEqual([
      '4D:name',
      '5B:enterpriseName',
      '6Q:remarks',
    ]);
    expect(lost.every((i) => i.severity === 'warning')).toBe(true);
    expect(lost[0]?.message.zh).toContain('“张?明”含有“?”');
    expect(lost[0]?.message.zh).toContain('丢失了汉字');
    expect(lost[1]?.message.en).toContain('encoding round trip');
  });
});

describe('personal data in free text', () => {
  test('a resident ID and a mobile number in 备注 warn, located to the cell', async () => {
    const { report } = await validate(
      csv('单位：万元', [
        { remarks: '身份证11010519491231002X，联系电话138-1234-5678' },
        { remarks: '合同编号 6222021001234567890123，座机 021-12345678' },
      ]),
    );
    const personal = only(report.issues, 'personal-data-in-text');
    expect(personal).toHaveLength(1);
    expect(personal[0]).toMatchObject({ severity: 'warning', row: 4, column: 'Q', field: 'remarks' });
    expect(personal[0]?.message.zh).toContain('身份证号码、手机号码');
    expect(personal[0]?.message.en).toContain('resident ID number and mobile number');
  });
});
