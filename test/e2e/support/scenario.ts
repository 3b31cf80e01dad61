import { readFileSync } from 'node:fs';
import type { TestApp } from '../../support/app.js';
import { ENTERPRISE_A, ENTERPRISE_B, executivePayCsv } from '../../support/files.js';
import { publishFile, signIn, withdraw } from './publish.js';

export const PROPERTY_CSV = readFileSync(
  new URL('../../../src/demo/files/a-property-transactions.csv', import.meta.url),
  'utf8',
);
/** A value that is user input and markup at once: the page must show it as text. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">王五';
export const MANY_2022 = 23;
export const WITHDRAWAL_REASON = '数据填报错误，予以废止';

/**
 * What the public should find: property transactions from the fixture, executive pay for
 * enterprise A published then corrected (张伟's position changed), and enterprise B's pay withdrawn.
 */
export async function publishScenario(t: TestApp) {
  const tokens = await signIn(t);
  await publishFile(t, tokens, 'ent-a', 'PROPERTY_TRANSACTIONS', { name: '产权.csv', content: PROPERTY_CSV });
  const rows = [
    { name: '张伟' },
    { name: '李娜', position: '总经理' },
    { name: HOSTILE_NAME, position: '董事' },
  ];
  const first = await publishFile(t, tokens, 'ent-a', 'EXECUTIVE_PAY', {
    name: '薪酬.csv',
    content: executivePayCsv(ENTERPRISE_A, rows),
  });
  const corrected = [{ name: '张伟', position: '党委书记、董事长' }, ...rows.slice(1)];
  await publishFile(
    t,
    tokens,
    'ent-a',
    'EXECUTIVE_PAY',
    { name: '薪酬-更正.csv', content: executivePayCsv(ENTERPRISE_A, corrected) },
    first,
  );
  const b = await publishFile(t, tokens, 'ent-b', 'EXECUTIVE_PAY', {
    name: 'b.csv',
    content: executivePayCsv(ENTERPRISE_B, [{ name: '赵敏', year: 2021 }]),
  });
  await withdraw(t, tokens, b, WITHDRAWAL_REASON);
  // More than one page of 2022 records, for pagination and the fiscal-year filter.
  const many = Array.from({ length: MANY_2022 }, (_, i) => ({ name: `高管${i + 1}`, year: 2022 }));
  await publishFile(t, tokens, 'ent-a', 'EXECUTIVE_PAY', {
    name: '2022.csv',
    content: executivePayCsv(ENTERPRISE_A, many),
  });
  return { propertyRows: PROPERTY_CSV.trim().split('\n').length - 1 };
}
