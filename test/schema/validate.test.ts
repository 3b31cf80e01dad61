import { describe, expect, test } from 'vitest';
import type { RawRow } from '../../schema/core/cells.js';
import { executivePay } from '../../schema/datasets/index.js';
import { validateRows } from '../../schema/engine/index.js';

const HEADER = ['年度', '企业名称', '统一社会信用代码', '姓名', '职务', '基本年薪', '任职终止'];
const ENT = '上海示范城建集团有限公司';
const CODE = '913100001322000126';

function sheet(...data: unknown[][]): RawRow[] {
  return data.map((cells, i) => ({ row: i + 1, cells: cells as RawRow['cells'] }));
}

async function run(rows: RawRow[], format: 'csv' | 'xlsx' = 'csv') {
  const seen: { row: number; values: Record<string, unknown> }[] = [];
  const report = await validateRows(executivePay, { format, encoding: 'utf-8' }, rows, {
    today: '2024-06-15',
    onRow: (r) => seen.push(r),
  });
  const brief = report.issues.map((i) => `${i.row ?? '-'}${i.column ?? ''}:${i.code}:${i.severity}`);
  return { report, seen, brief };
}

describe('validateRows', () => {
  test('a clean sheet with title, unit line, blank rows and notes', async () => {
    const { report, seen } = await run(
      sheet(
        ['2023年度市管企业负责人薪酬情况表'],
        ['单位：元'],
        HEADER,
        ['2023', ENT, CODE, '张三', '董事长', '600,000', '至今'],
        [],
        [null, '', '  '],
        ['2023', ENT, CODE, '李四', '总经理', '-', '2023-06'],
        ['合计', null, null, null, null, '600,000'],
        ['注：1. 本表金额单位为元。'],
        ['2. 任职终止填“至今”表示在任。'],
        ['填表人：王五', null, '审核人：赵六'],
      ),
    );
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({
      headerRow: 3,
      rowCount: 2,
      errorCount: 0,
      warningCount: 0,
      encoding: 'utf-8',
    });
    expect(seen.map((r) => r.row)).toEqual([4, 7]);
    expect(seen[0]?.values).toMatchObject({ fiscalYear: 2023, baseSalary: '60', tenureEnd: 'OPEN' });
  });

  test('以下空白 under the last record and signature lines without 人 are not records', async () => {
    const { report } = await run(
      sheet(
        ['序号', ...HEADER],
        [1, '2023', ENT, CODE, '张三', '董事长', '60', '至今'],
        [2, null, '以下空白'],
        [3],
        [4, '（以下无内容）'],
        ['审核：赵六', null, null, '制表：王五', null, '日期：2024-03-15'],
        ['复核：钱七', null, '联系方式：021-12345678'],
      ),
    );
    expect(report.issues).toEqual([]);
    expect(report.rowCount).toBe(1);
  });

  test('a template row whose only content is a formula result (合计 showing 0) is blank', async () => {
    const rows = sheet(
      HEADER,
      ['2023', ENT, CODE, '张三', '董事长', '60', '至今'],
      [null, null, null, null, null, 0],
      [null, null, null, '李四', null, 0],
    );
    for (const r of rows.slice(2)) r.computed = [false, false, false, false, false, true];
    const { brief, report } = await run(rows, 'xlsx');
    expect(brief).toEqual([
      '4A:required-missing:error',
      '4B:required-missing:error',
      '4C:required-missing:error',
      '4E:required-missing:error',
    ]);
    expect(report.rowCount).toBe(2);
  });

  test('a data row whose text merely mentions 以下 is still a record', async () => {
    const { brief } = await run(sheet(HEADER, ['2023', ENT, CODE, '以下空白', '']));
    expect(brief).toEqual(['2E:required-missing:error']);
  });

  test('issues located at the Excel row and column letter', async () => {
    const { report, brief } = await run(
      sheet(
        ['报表标题'],
        HEADER,
        ['2023', ENT, '91350100M000100Y4', '张三', '董事长'],
        ['2023', ENT, '91350100M000100Y44', '李四', '-'],
      ),
    );
    expect(brief).toEqual(['3C:type-error:error', '4C:uscc-checksum:warning', '4E:required-missing:error']);
    expect(report.issues[0]?.message.zh).toBe(
      '第3行C列「统一社会信用代码」的值“91350100M000100Y4”格式不正确：应为18位统一社会信用代码',
    );
    expect(report.issues[0]).toMatchObject({ field: 'enterpriseCode', value: '91350100M000100Y4' });
    expect(report).toMatchObject({ errorCount: 2, warningCount: 1, rowCount: 2 });
  });

  test('unique-error points at the earlier row', async () => {
    const { report, brief } = await run(
      sheet(
        HEADER,
        ['2023', ENT, CODE, '张三', '董事长'],
        ['2022', ENT, CODE, '张三', '董事长'],
        ['2023', ENT, CODE, '张三', '董事'],
      ),
    );
    expect(brief).toEqual(['4A:unique-error:error']);
    expect(report.issues[0]?.message.zh).toBe(
      '第4行的「年度」「统一社会信用代码」「姓名」与第2行重复：同一「年度」「统一社会信用代码」「姓名」只能填报一行',
    );
  });

  test('header problems are reported once, not per row', async () => {
    const { brief } = await run(sheet(['年度', '企业名称', '姓名', '奖金'], ['2023', ENT, '张三', '1']));
    expect(brief).toEqual(['1D:extra-label:warning', '-:missing-label:error', '-:missing-label:error']);
  });

  test('no header row found', async () => {
    const { report } = await run(sheet(['a', 'b'], ['c', 'd']));
    expect(report.headerRow).toBe(0);
    expect(report.issues.map((i) => i.code)).toEqual(['header-not-found']);
    expect(report.issues[0]?.row).toBeUndefined();
  });

  test('a header without data rows', async () => {
    const { report } = await run(sheet(HEADER, [], ['注：无数据']));
    expect(report.issues.map((i) => i.code)).toEqual(['no-data']);
  });

  test('a data row after notes is still validated', async () => {
    const { report } = await run(sheet(HEADER, ['注：说明'], ['2023', ENT, CODE, '张三', '']));
    expect(report.rowCount).toBe(1);
    expect(report.issues.map((i) => `${i.row}${i.column}:${i.code}`)).toEqual(['3E:required-missing']);
  });

  test('a row starting with 注册… is data, not a note', async () => {
    const { report } = await run(
      sheet(
        ['企业名称', '年度', '统一社会信用代码', '姓名', '职务'],
        ['注册中心', '2023', CODE, '张三', '董事'],
      ),
    );
    expect(report.rowCount).toBe(1);
  });

  test('streams from an async iterable of row arrays and keeps memory to keys and issues', async () => {
    async function* rows(): AsyncGenerator<RawRow[]> {
      yield [{ row: 1, cells: HEADER }];
      for (let i = 2; i <= 5001; i += 100) {
        const batch: RawRow[] = [];
        for (let r = i; r < i + 100; r++)
          batch.push({ row: r, cells: ['2023', ENT, CODE, `人员${r}`, '董事', '100'] });
        yield batch;
      }
    }
    const report = await validateRows(executivePay, { format: 'xlsx' }, rows(), { today: '2024-06-15' });
    expect(report.rowCount).toBe(5000);
    expect(report.issues).toEqual([]);
  });

  test('percent-formatted and date cells from XLSX', async () => {
    const { seen } = await run(
      sheet(HEADER.concat('任职起始'), [
        2023,
        ENT,
        CODE,
        '张三',
        '董事',
        1500000.5,
        '至今',
        new Date(Date.UTC(2019, 0, 1)),
      ]),
      'xlsx',
    );
    expect(seen[0]?.values).toMatchObject({
      fiscalYear: 2023,
      baseSalary: '1500000.5',
      tenureStart: '2019-01',
    });
  });
});
