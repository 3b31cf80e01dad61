import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { upload } from '../support/upload.js';

export const RESIDENT_ID = '11010519491231002X';
/** The ID and the pieces of it that would identify the person (birth date, serial) if they leaked. */
export const SECRET_PARTS = [RESIDENT_ID, '110105194912', '19491231', '1231002X'];

const PROPERTY_HEADER =
  '项目编号,项目名称,交易类型,披露阶段,转让方名称,转让方统一社会信用代码,标的企业名称,标的企业统一社会信用代码,' +
  '标的所在地区代码,转让比例(%),评估值(万元),挂牌价格(万元),批准单位,批准文号,挂牌起始日期,挂牌截止日期,交易机构,' +
  '交易方式,受让方名称,受让方类型,受让方证件号码,成交价格(万元),成交日期,付款方式,首付比例(%),备注';
const SELLER = '上海示范城建集团有限公司,913100001322000126';
const LISTING =
  '上海示范城建集团有限公司,91310115MA1K3AB7X2,310115,100,5000,5000,上海市国资委,,2018-06-29,2018-07-26,上海联合产权交易所,网络竞价';

/** A property-transactions CSV of enterprise a: one equity transfer, formal then (optionally) a deal. */
export function propertyCsv(project: {
  code: string;
  name: string;
  remarks?: string;
  buyer?: 'person' | 'company';
  /** The natural person's name (default 张三丰). */
  buyerName?: string;
}) {
  const head = `${project.code},${project.name},产权转让`;
  const formal = `${head},正式披露,${SELLER},${LISTING},,,,,,,,${csvText(project.remarks ?? '')}`;
  const buyer =
    project.buyer === 'person'
      ? `${project.buyerName ?? '张三丰'},自然人,${RESIDENT_ID}`
      : '上海某某投资管理有限公司,法人,91310106MA1G5T0L4X';
  const deal = `${head},成交公告,${SELLER},${LISTING},${buyer},5200,2018-08-03,一次性,,`;
  return `\uFEFF${PROPERTY_HEADER}\n${formal}\n${project.buyer ? `${deal}\n` : ''}`;
}

const PERFORMANCE_HEADER =
  '考核类型,考核期间,企业名称,统一社会信用代码,法定代表人,考核得分,考核等级,利润总额(万元),净资产收益率(%),' +
  '资产负债率(%),营业现金比率(%),研发经费投入强度(%),全员劳动生产率(万元/人),国有资本保值增值率(%),备注';

/** A performance review of enterprise a with a loss (a real negative number) and a remark. */
export const performanceCsv = (profit: string, remarks: string) =>
  `\uFEFF${PERFORMANCE_HEADER}\n年度,2023,${SELLER},张伟,96.5,A,${profit},-2.1,62.3,12.4,3.1,85.6,106.2,${csvText(remarks)}\n`;

const csvText = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export type Tokens = Record<'ent-a' | 'muni-reviewer' | 'muni-approver', string>;

export async function signIn(t: TestApp): Promise<Tokens> {
  return {
    'ent-a': await t.tokenFor('ent-a'),
    'muni-reviewer': await t.tokenFor('muni-reviewer'),
    'muni-approver': await t.tokenFor('muni-approver'),
  };
}

type Stage = 'VALIDATED' | 'PENDING_REVIEW' | 'APPROVED' | 'PUBLISHED';

/** Walks a file through the real workflow (upload → submit → review → publish) up to `until`. */
export async function fileThrough(
  t: TestApp,
  tokens: Tokens,
  dataset: string,
  content: string,
  options: { corrects?: string; until?: Stage } = {},
): Promise<string> {
  const uploaded = await upload(
    t,
    tokens['ent-a'],
    dataset,
    { name: 'data.csv', content },
    { corrects: options.corrects },
  );
  const s = uploaded.data?.uploadSubmission;
  expect(s, JSON.stringify(uploaded.errors)).toMatchObject({ status: 'VALIDATED', errorCount: 0 });
  const id = s!.id;
  const steps: [Stage, string, keyof Tokens][] = [
    ['PENDING_REVIEW', 'submitSubmission(id: $id)', 'ent-a'],
    ['APPROVED', 'reviewSubmission(id: $id, decision: APPROVE)', 'muni-reviewer'],
    ['PUBLISHED', 'publishSubmission(id: $id)', 'muni-approver'],
  ];
  for (const [status, call, who] of steps) {
    if (options.until === 'VALIDATED') break;
    const result = await t.gql(`mutation($id: ID!) { r: ${call} { status } }`, { id }, tokens[who]);
    expect(result.data, JSON.stringify(result.errors)).toEqual({ r: { status } });
    if (options.until === status) break;
  }
  return id;
}

/** Starts the real HTTP server on a free port; returns its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

/** An anonymous GraphQL request; returns the raw body too, for searching it for secrets. */
export async function anonymous<Data>(t: TestApp, query: string, variables: Record<string, unknown> = {}) {
  const response = await t.app.yoga.fetch('http://sunshine.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return {
    raw,
    ...(JSON.parse(raw) as { data?: Data; errors?: { message: string; extensions?: { code?: string } }[] }),
  };
}

/** The XML inside an XLSX (a zip), as text, so a secret in any part of the workbook shows up. */
export function xlsxXml(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'sunshine-xlsx-'));
  try {
    writeFileSync(join(dir, 'file.xlsx'), bytes);
    return execFileSync('unzip', ['-p', join(dir, 'file.xlsx')], { maxBuffer: 64 * 1024 * 1024 }).toString(
      'utf8',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every public download of a dataset as text (the XLSX as its XML), keyed by format. */
export async function downloads(base: string, slug: string, query = ''): Promise<Record<string, string>> {
  const get = (ext: string) => fetch(`${base}/api/datasets/${slug}.${ext}${query}`);
  return {
    csv: await (await get('csv')).text(),
    json: await (await get('json')).text(),
    xlsx: xlsxXml(new Uint8Array(await (await get('xlsx')).arrayBuffer())),
  };
}
