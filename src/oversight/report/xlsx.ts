import ExcelJS from 'exceljs';
import { datasetOf } from '../../submissions/datasets.js';
import { eventSpec } from '../events.js';
import type { AnnualReport } from './annual-report.service.js';

type Cell = string | number;

/**
 * The annual report's figures as report tables (一张表一个工作表), zh headers, a title row naming
 * the commission and year: what goes into the 年度报告's statistics section.
 */
export async function annualReportWorkbook(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = `${report.regulatorName}${report.year}年度国有企业信息公开工作统计`;
  const t = report.timeliness;
  const zh = (dataset: string) => datasetOf(dataset).title.zh;
  const sheets: [string, string[], Cell[][]][] = [
    [
      '一、主动公开情况',
      ['数据集', '公开记录数', '公开批次'],
      report.published.map((p) => [zh(p.dataset), p.records, p.submissions]),
    ],
    [
      '二、报送及时性',
      ['数据集', '报告期', '截止日期', '按时报送', '逾期报送', '未报送', '未到期'],
      [
        ...t.byObligation.map((o) => [
          zh(o.dataset),
          o.period,
          o.dueDate,
          o.onTime,
          o.late,
          o.missing,
          o.notDue,
        ]),
        [
          '合计',
          '',
          '',
          t.submissions.onTime,
          t.submissions.late,
          t.submissions.missing,
          t.submissions.notDue,
        ],
      ],
    ],
    [
      '三、企业报送情况',
      ['企业总数', '全部按时', '存在逾期报送', '存在未报送', '尚未到期'],
      [
        [
          t.enterprises.total,
          t.enterprises.onTime,
          t.enterprises.late,
          t.enterprises.missing,
          t.enterprises.notDue,
        ],
      ],
    ],
    [
      '四、退回情况',
      ['类别', '数据集', '意见条数'],
      [
        ...report.returns.reasons.map((r) => [r.label.zh, r.dataset ? zh(r.dataset) : '', r.count]),
        ['退回次数合计', '', report.returns.total],
      ],
    ],
    ['五、更正与撤回', ['更正', '撤回'], [[report.corrections, report.withdrawals]]],
    [
      '六、向公共资源交易平台推送',
      ['推送总数', '已送达', '失败', '待送达'],
      [
        [
          report.deliveries.total,
          report.deliveries.delivered,
          report.deliveries.failed,
          report.deliveries.pending,
        ],
      ],
    ],
    eventSheet(report),
  ];
  const scope = `统计区间：${report.year}年1月1日至12月31日（北京时间）；报送及时性统计截至${t.asOf}`;
  for (const [name, headers, rows] of sheets)
    addTable(workbook, name, [`${title}：${name.slice(2)}`, scope], headers, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 七: filed events due in the year, per event-driven obligation, and their total. */
function eventSheet(report: AnnualReport): [string, string[], Cell[][]] {
  const e = report.eventTimeliness;
  return [
    '七、事项类报送及时性',
    ['数据集', '事项', '时限（工作日）', '按时报送', '逾期报送', '事项日期未填'],
    [
      ...e.byObligation.map((o) => [
        datasetOf(o.dataset).title.zh,
        eventLabel(o.event),
        o.workingDays,
        o.onTime,
        o.late,
        o.undated,
      ]),
      ['合计', '', '', e.total.onTime, e.total.late, e.total.undated],
    ],
  ];
}

const eventLabel = (event: string) => eventSpec(event)?.label.zh ?? event;

/** Row 1: the table's title; row 2: what it counts; row 3: headers; data from row 4. */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  [title, scope]: [string, string],
  headers: string[],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([scope]);
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(12, (headers[i]?.length ?? 4) * 2.5);
  });
}
