import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { datasetKeys } from '../../schema/datasets/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from './support/browser.js';
import { HOSTILE_NAME, MANY_2022, publishScenario, WITHDRAWAL_REASON } from './support/scenario.js';

describe('the public web page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let propertyRows: number;

  beforeAll(async () => {
    t = await createTestApp();
    ({ propertyRows } = await publishScenario(t));
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.app.close();
    await t?.dispose();
  });
  beforeEach(async () => {
    context = await browser.newContext({ acceptDownloads: true, baseURL: base });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const searchFor = async (text: string) => {
    await page.getByLabel('搜索').fill(text);
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/q=/);
  };
  const rows = () => page.locator('tbody tr[data-record]');

  test('the catalogue lists every dataset with its basis and record count', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('标准目录');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('li.card').count()).toBe(datasetKeys.length);
    const property = page.locator('li.card[data-dataset="property-transactions"]');
    expect(await property.locator('[data-field="current"]').textContent()).toBe(String(propertyRows));
    expect(await property.textContent()).toContain('企业国有资产交易监督管理办法');
  });

  test('search a project name in Chinese, open the record, no regulator-only value shown', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: '国有产权交易', exact: true }).click();
    await page.waitForURL('**/datasets/property-transactions');
    await searchFor('某某科技');
    expect(await rows().count()).toBe(1);
    await rows().first().getByRole('link', { name: '上海某某科技有限公司增资扩股' }).click();
    await page.waitForURL(/\/records\//);
    expect(await page.locator('h1').textContent()).toContain('上海某某科技有限公司增资扩股');
    const type = page.locator('tr[data-key="transactionType"]');
    expect(await type.textContent()).toBe('交易类型增资扩股');
    expect(await page.locator('tr[data-key="buyerIdNumber"]').count()).toBe(0);
  });

  test('a corrected record is marked 已更正 and links to the record that replaced it', async () => {
    await page.goto('/datasets/executive-pay');
    await searchFor('张伟');
    expect(await rows().count()).toBe(2);
    await page.getByLabel('状态').selectOption('corrected');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=corrected/);
    expect(await rows().count()).toBe(1);
    await rows().first().getByRole('link', { name: '张伟' }).click();
    const mark = page.locator('[data-mark="corrected"]');
    expect(await mark.textContent()).toContain('已更正');
    expect(await page.locator('tr[data-key="position"] td').textContent()).toBe('董事长');
    await mark.getByRole('link', { name: '查看更正后的记录' }).click();
    await page.waitForURL(/\/records\//);
    expect(await page.locator('[data-mark="corrected"]').count()).toBe(0);
    expect(await page.locator('tr[data-key="position"] td').textContent()).toBe('党委书记、董事长');
    expect(await page.locator('[data-mark="corrects"] a').count()).toBe(1);
  });

  test('a withdrawn record is marked 已撤回 with its reason', async () => {
    await page.goto('/datasets/executive-pay?status=withdrawn');
    expect(await rows().count()).toBe(1);
    await rows().first().getByRole('link', { name: '赵敏' }).click();
    expect(await page.locator('[data-mark="withdrawn"]').textContent()).toContain('已撤回');
    expect(await page.locator('[data-field="withdrawal-reason"]').textContent()).toBe(WITHDRAWAL_REASON);
  });

  test('record values are shown as text, never run as markup', async () => {
    await page.goto('/datasets/executive-pay');
    await searchFor('王五');
    expect(await rows().count()).toBe(2);
    await rows().first().getByRole('link', { name: HOSTILE_NAME }).click();
    expect(await page.locator('h1').textContent()).toContain(HOSTILE_NAME);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  test('filter by fiscal year and page through the results', async () => {
    await page.goto('/datasets/executive-pay');
    await page.getByLabel('年度').selectOption('2022');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/fiscalYear=2022/);
    expect(await page.locator('[data-count]').getAttribute('data-count')).toBe(String(MANY_2022));
    expect(await rows().count()).toBe(20);
    await page.getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(/after=/);
    expect(await rows().count()).toBe(MANY_2022 - 20);
    expect(await page.locator('nav.pages').textContent()).toContain('第 2 页，共 2 页');
    expect(await page.getByRole('link', { name: '下一页' }).count()).toBe(0);
  });

  test('English on request, remembered across pages', async () => {
    await page.goto('/datasets/executive-pay');
    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Executive pay');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto('/');
    expect(await page.locator('h1').textContent()).toBe('Dataset catalogue');
  });

  test('unknown datasets and records answer 404', async () => {
    expect((await page.goto('/datasets/no-such-dataset'))?.status()).toBe(404);
    expect((await page.goto('/records/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
  });

  test('the CSV download of a search has a BOM, zh headers and the record found', async () => {
    await page.goto('/datasets/executive-pay');
    await searchFor('张伟');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(download.url()).toContain('/api/datasets/executive-pay.csv?search=');
    // A 404 or error answer from the download route cancels the download instead of saving a file.
    expect(await download.failure(), 'the open data route /api/datasets/<key>.csv must answer').toBeNull();
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split(/\r?\n/)[0]).toContain('姓名');
    expect(text).toContain('张伟');
  });
});
