// Shapes of issue 9 (defects 1–5) and issue 14 item 7: line endings, surplus cells, an
// instructions sheet first, the 栏次 row, .xls / WPS / HTML tables, Open XML SDK output, mixed
// encodings. Built here from plain rows, independently of test/fixtures.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { namespacedXlsx } from '../../importers/zip-writer.js';
import {
  sampleExample,
  sampleHeader,
  sampleHeaderLine,
  sampleLines,
  sampleRows,
} from '../../support/executive-pay-sample.js';
import type { Probe } from './probe.js';

const HEADER = sampleHeaderLine;
const LINES = sampleLines;
const header = sampleHeader;
const rows = sampleRows;
const example = sampleExample;
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
const COLUMN_NUMBERS = [...STEMS, ...Array.from({ length: header.length - STEMS.length }, (_, i) => i + 1)];

async function exceljsBook(sheets: { name: string; rows: (string | number)[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function biff8(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['2023年度企业负责人薪酬情况表'], header, ...rows]),
    '薪酬',
  );
  return XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

function openXmlSdk(): Buffer {
  const cell = (ref: string, value: string) =>
    /^\d+(\.\d+)?$/.test(value) && !ref.startsWith('C')
      ? `<x:c r="${ref}"><x:v>${value}</x:v></x:c>`
      : value === ''
        ? ''
        : `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${value}</x:t></x:is></x:c>`;
  const body = [header, ...rows]
    .map(
      (r, i) =>
        `<x:row r="${i + 1}">${r.map((v, c) => cell(`${String.fromCharCode(65 + c)}${i + 1}`, v)).join('')}</x:row>`,
    )
    .join('');
  const xml = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${body}</x:sheetData></x:worksheet>`;
  return Buffer.from(namespacedXlsx(xml, 'x'));
}

function htmlTable(): Buffer {
  const tr = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return iconv.encode(
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><table>${tr(header)}${rows.map(tr).join('')}</table></body></html>`,
    'gbk',
  );
}

export async function intakeProbes(): Promise<Probe[]> {
  const dataset = 'executive-pay';
  return [
    {
      name: 'ep-crlf-header-lf-rows.csv',
      dataset,
      bytes: Buffer.from(`${HEADER}\r\n${LINES.join('\n')}\n`),
      expected: [],
      rowCount: 3,
    },
    {
      name: 'ep-surplus-cells.csv',
      dataset,
      bytes: Buffer.from(`${HEADER}\n${LINES[0]}\n${LINES[1]},多余\n${LINES[2]}\n`),
      expected: ['extra-cell@3R/-'],
      rowCount: 3,
    },
    {
      name: 'ep-instructions-first.xlsx',
      dataset,
      bytes: await exceljsBook([
        { name: '填报说明', rows: [['填报说明'], ['1. 金额单位为万元'], ['2. 填写示例：'], header, example] },
        { name: '薪酬表', rows: [header, ...rows] },
      ]),
      expected: [],
      rowCount: 3,
      sheet: '薪酬表',
    },
    {
      name: 'ep-column-numbers.xlsx',
      dataset,
      bytes: await exceljsBook([{ name: '企业负责人薪酬', rows: [header, COLUMN_NUMBERS, ...rows] }]),
      expected: [],
      headerRow: 1,
      rowCount: 3,
    },
    {
      name: 'ep-excel-97.xls',
      dataset,
      bytes: biff8(),
      expected: [],
      headerRow: 2,
      rowCount: 3,
      format: 'xls',
    },
    { name: 'ep-wps.et', dataset, bytes: biff8(), expected: [], rowCount: 3, format: 'et' },
    { name: 'ep-web-export.xls', dataset, bytes: htmlTable(), expected: [], rowCount: 3, format: 'html' },
    { name: 'ep-openxml-sdk.xlsx', dataset, bytes: openXmlSdk(), expected: [], rowCount: 3, format: 'xlsx' },
    {
      name: 'ep-gbk-with-a-utf8-row.csv',
      dataset,
      bytes: Buffer.concat([
        iconv.encode(`${HEADER}\n${LINES[0]}\n`, 'gbk'),
        Buffer.from(`${LINES[1]}\n`),
        iconv.encode(`${LINES[2]}\n`, 'gbk'),
      ]),
      // Read as GBK, the UTF-8 否 is mojibake: flagged at the row, and not taken for 是/否 either.
      // The mojibake also shows as characters lost in the position (a plausibility warning).
      expected: ['mixed-encoding@3/-', 'type-error@3O/paidByRelatedParty', 'character-lost@3E/position'],
      encoding: 'gb18030',
    },
  ];
}
