import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTokenSigner } from '../../src/auth/token.js';
import { seedDemoObligations } from '../../src/demo/demo-obligations.js';
import { seedDemoSubmissions } from '../../src/demo/demo-submissions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from './support/browser.js';
import {
  BUYER,
  expectAccessible,
  expectNoPageOverflow,
  journeyCsv,
  PROJECT,
  screenshot,
  signInAs,
} from './support/workspace.js';

/** Picks an option of an antd Select by the option's visible text (its title). */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.getByTitle(option, { exact: true }).filter({ visible: true }).last().click();
  // The list fades out; checks of the page (axe's contrast) wait until it has gone.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'detached' });
}

const csv = (name: string, content: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });

describe('the workspace in a real browser: file, review, publish', () => {
  let t: TestApp;
  let browser: Browser;
  let base = '';
  const pages: Record<string, Page> = {};
  let receipt = '';
  let firstId = '';
  let secondId = '';

  beforeAll(async () => {
    // The app as `npm start` serves it: built when its sources changed (a no-op otherwise).
    execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
    t = await createTestApp();
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    for (const user of ['ent-a', 'muni-reviewer', 'muni-approver', 'jd-reviewer']) {
      const context = await browser.newContext({
        baseURL: base,
        acceptDownloads: true,
        viewport: { width: 1280, height: 900 },
      });
      pages[user] = await context.newPage();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.app.close();
    await t?.dispose();
  });

  const upload = async (page: Page, file: ReturnType<typeof csv>, chooseDataset: boolean) => {
    if (chooseDataset) {
      await choose(page, '数据集', '国有产权交易');
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击选择或将文件拖到此处').click();
    await (await chooser).setFiles(file);
    await page.waitForURL(/\/app\/submissions\//);
    await page.getByRole('heading', { name: /报送详情/ }).waitFor();
    return page.url().split('/').at(-1) ?? '';
  };

  test('ent-a downloads a template, uploads a file with errors and sees them located', async () => {
    const page = pages['ent-a']!;
    await signInAs(page, 'ent-a');
    await screenshot(page, '01-enterprise-home');
    await expectAccessible(page, 'enterprise home');
    await page.getByRole('menuitem', { name: '模板下载' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载国有产权交易模板' }).click();
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile((await (await download).path()) ?? '');
    expect(JSON.stringify(template.worksheets[0]?.getSheetValues())).toContain('受让方名称');
    await expectAccessible(page, 'templates');
    await screenshot(page, '02-templates');

    await page.getByRole('menuitem', { name: '上传报送' }).click();
    await expectAccessible(page, 'upload');
    await screenshot(page, '03-upload');
    firstId = await upload(page, csv('产权交易.csv', journeyCsv({ fixed: false })), true);
    await page.getByText('校验未通过').first().waitFor();
    const error = page.getByRole('row').filter({ hasText: '转让方统一社会信用代码' });
    await expect(error.textContent()).resolves.toMatch(
      /错误\s*2\s*F\s*转让方统一社会信用代码\s*91310000132200012/,
    );
    await choose(page, '按级别筛选', '提示');
    await page.getByRole('row').filter({ hasText: '校验位不符' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: '转让方统一社会信用代码' }).count()).toBe(0);
    await screenshot(page, '04-result-with-errors');
    await expectAccessible(page, 'result with errors');

    const annotated = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载问题标注文件' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await (await annotated).path()) ?? '');
    expect(workbook.worksheets.length).toBeGreaterThan(1);

    // The rows as a sheet: the offending cells marked with their message, enumerations by label.
    await page.getByRole('tab', { name: '数据' }).click();
    const sheet = page.getByRole('region', { name: '数据' });
    const wrongSeller = sheet.getByRole('cell', { name: /^91310000132200012\s*（错误：.+）$/ });
    await wrongSeller.waitFor();
    await sheet.getByRole('cell', { name: /^91310115MA1K3AB7X1\s*（提示：.+）$/ }).waitFor();
    await wrongSeller.hover({ position: { x: 24, y: 12 } });
    await page
      .getByRole('tooltip')
      .filter({ hasText: /^错误：/ })
      .waitFor();
    expect(await sheet.getByRole('cell', { name: '产权转让', exact: true }).count()).toBe(2);
    expect(await sheet.getByText('EQUITY_TRANSFER').count()).toBe(0);
    await screenshot(page, '04b-sheet-with-marks');
    await expectAccessible(page, 'sheet with marked cells');
  });

  test('ent-a uploads the fixed file, acknowledges the warning and submits', async () => {
    const page = pages['ent-a']!;
    await page.getByRole('button', { name: '修改后重新上传' }).click();
    await upload(page, csv('产权交易-修正.csv', journeyCsv({ fixed: true })), true);
    await page.getByText('校验通过。请逐条确认下方提示后提交审核。').waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /确认|acknowledg/i })
      .first()
      .waitFor();
    await page.getByRole('checkbox', { name: '确认第 3 行提示' }).check();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('待审核').first().waitFor();
    receipt = ((await page.getByRole('heading', { name: /报送详情/ }).textContent()) ?? '')
      .replace('报送详情', '')
      .trim();
    expect(receipt).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  });

  const openInQueue = async (page: Page) => {
    await page.getByRole('menuitem', { name: '审核队列' }).click();
    await page.getByRole('link', { name: receipt }).click();
    await page.getByRole('heading', { name: `审核 ${receipt}` }).waitFor();
  };

  test('muni-reviewer returns it with a note pinned to a row and field', async () => {
    const page = pages['muni-reviewer']!;
    await signInAs(page, 'muni-reviewer');
    await page.getByRole('heading', { name: '概览' }).waitFor();
    await screenshot(page, '05-regulator-dashboard');
    await expectAccessible(page, 'dashboard');
    await page.getByRole('menuitem', { name: '审核队列' }).click();
    await page.getByRole('link', { name: receipt }).waitFor();
    await screenshot(page, '06-review-queue');
    await expectAccessible(page, 'review queue');
    await openInQueue(page);
    await page.getByRole('cell', { name: BUYER }).waitFor();
    await screenshot(page, '07-review-submission');
    await expectAccessible(page, 'review page');
    await page.getByLabel('退回理由').fill('请核对受让方信息');
    await page.getByRole('button', { name: '添加行级意见' }).click();
    await page.getByLabel('意见 1 行号').fill('3');
    await page.getByLabel('意见 1 字段').fill('受让方名称');
    await page.getByLabel('意见 1 字段').press('Enter');
    await page.getByLabel('意见 1 内容').fill('受让方名称与成交公告不一致');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await page.getByText('已退回').first().waitFor();
  });

  test('ent-a sees the note on the row and resubmits', async () => {
    const page = pages['ent-a']!;
    await page.reload();
    await page.getByText('已退回').first().waitFor();
    const notes = page.getByRole('alert').filter({ hasText: '审核意见' });
    await expect(notes.textContent()).resolves.toContain('第 3 行 受让方名称：受让方名称与成交公告不一致');
    await screenshot(page, '08-returned-with-notes');
    await page.getByRole('button', { name: '重新报送' }).click();
    await page.getByText(`重新报送：替换已退回的 ${receipt}`).waitFor();
    secondId = await upload(
      page,
      csv('产权交易-复核.csv', journeyCsv({ fixed: true, remark: '已核对受让方' })),
      false,
    );
    expect(secondId).not.toBe(firstId);
    await page.getByRole('checkbox', { name: '确认第 3 行提示' }).check();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('待审核').first().waitFor();
    receipt = ((await page.getByRole('heading', { name: /报送详情/ }).textContent()) ?? '')
      .replace('报送详情', '')
      .trim();
    await page.getByRole('tab', { name: '处理记录' }).click();
    await page.getByText('提交审核').last().waitFor();
    await screenshot(page, '09-submitted-timeline');
  });

  test('the reviewer approves with the buyer withheld and cannot publish; the approver publishes', async () => {
    const reviewer = pages['muni-reviewer']!;
    await openInQueue(reviewer);
    await reviewer.getByRole('tab', { name: '公开预览' }).click();
    await reviewer.getByRole('checkbox', { name: '受让方名称' }).check();
    await reviewer.getByRole('tabpanel').getByRole('cell', { name: PROJECT }).first().waitFor();
    // The preview reloads after the tick: until then the old rows (with the buyer) are still shown.
    await expect
      .poll(() => reviewer.getByRole('tabpanel').getByRole('cell', { name: BUYER }).count())
      .toBe(0);
    await screenshot(reviewer, '10-public-preview-withheld');
    await expectAccessible(reviewer, 'public preview');
    await reviewer.getByRole('button', { name: '审核通过（1 个字段不公开）' }).click();
    await reviewer.getByText('已审核待发布').first().waitFor();
    expect(await reviewer.getByRole('button', { name: '发布', exact: true }).count()).toBe(0);
    // The API enforces it too: four eyes, whatever the page shows.
    const refused = await t.gql(
      'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
      { id: secondId },
      await t.tokenFor('muni-reviewer'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approver = pages['muni-approver']!;
    await signInAs(approver, 'muni-approver');
    await openInQueue(approver);
    await approver.getByRole('button', { name: '发布', exact: true }).click();
    await approver.getByText('已发布').first().waitFor();
    await screenshot(approver, '11-published');
    await expectAccessible(approver, 'published submission');
  });

  test('the public page shows the record without the withheld field', async () => {
    const page = pages['jd-reviewer']!;
    await page.goto('/datasets/property-transactions');
    await page.getByLabel('搜索').fill('上海阳光示例');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/q=/);
    // The file has two records of the project: its listing (正式披露) and its deal (成交公告).
    const links = page.getByRole('link', { name: PROJECT });
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(2);
    const bodies: string[] = [];
    for (const href of hrefs) {
      await page.goto(href);
      bodies.push((await page.textContent('body')) ?? '');
    }
    for (const body of bodies) expect(body).not.toContain(BUYER);
    const deal = bodies.find((b) => b.includes('成交公告'));
    expect(deal).toMatch(/受让方名称\s*不予公开/);
    expect(deal).toMatch(/成交价格\(万元\)\s*5,200/);
  });

  test('jd-reviewer never sees it; the approver manages accounts and deliveries', async () => {
    const page = pages['jd-reviewer']!;
    await signInAs(page, 'jd-reviewer');
    await page.getByRole('menuitem', { name: '审核队列' }).click();
    await page.getByLabel('查询码').fill(receipt);
    await page.getByLabel('查询码').press('Enter');
    await page.getByText('没有符合条件的报送').waitFor();
    expect(await page.getByRole('link', { name: receipt }).count()).toBe(0);
    await page.goto(`/app/review/${secondId}`);
    await page.getByRole('alert').filter({ hasText: '报送记录不存在' }).waitFor();

    const approver = pages['muni-approver']!;
    // A receipt code finds the submission in any state (the commission's own enterprise).
    await approver.getByRole('menuitem', { name: '审核队列' }).click();
    await approver.getByLabel('查询码').fill(receipt);
    await approver.getByLabel('查询码').press('Enter');
    await approver.getByRole('link', { name: receipt }).waitFor();
    await approver.getByRole('menuitem', { name: '企业账号' }).click();
    await approver.getByRole('cell', { name: 'ent-a', exact: true }).waitFor();
    await screenshot(approver, '12-accounts');
    await expectAccessible(approver, 'accounts');
    await approver.getByRole('menuitem', { name: '推送状态' }).click();
    await approver.getByRole('heading', { name: '推送状态' }).waitFor();
    await screenshot(approver, '13-deliveries');
    await expectAccessible(approver, 'deliveries');
  });

  test('an expired session returns to sign-in', async () => {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await signInAs(page, 'ent-a');
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-a' } });
    // A token the server itself issued an hour ago with a one-minute lifetime: genuinely expired.
    const signer = createTokenSigner(
      'test-secret-test-secret-test-secret!',
      60,
      () => new Date(Date.now() - 3_600_000),
    );
    const { token } = await signer.sign({ userId: user.id, version: user.tokenVersion });
    await page.evaluate((tok) => {
      const stored = JSON.parse(sessionStorage.getItem('sunshine.session') ?? '{}');
      sessionStorage.setItem('sunshine.session', JSON.stringify({ ...stored, token: tok }));
    }, token);
    await page.goto('/app/home');
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    await screenshot(page, '00-sign-in-expired');
    await expectAccessible(page, 'sign-in');
    await context.close();
  });

  test('usable at 390 px: sign-in, home, upload and review pages', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/app/');
    await page.getByLabel('用户名').waitFor();
    await expectNoPageOverflow(page);
    await expectAccessible(page, 'sign-in at 390 px');
    await signInAs(page, 'ent-a');
    await page.getByRole('heading', { name: '我的报送' }).waitFor();
    await expectNoPageOverflow(page);
    await expectAccessible(page, 'home at 390 px');
    await screenshot(page, '14-mobile-home');
    await page.goto(`/app/submissions/${secondId}`);
    await page.getByRole('heading', { name: /报送详情/ }).waitFor();
    await expectNoPageOverflow(page);
    await expectAccessible(page, 'submission at 390 px');
    await context.close();
  });

  test('the approver manages subsidiaries and the holiday calendar; ent-a sees what it still owes', async () => {
    // Its own session: this test does not depend on the journey's approver having signed in.
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    const approver = await context.newPage();
    await signInAs(approver, 'muni-approver');
    await approver.getByRole('menuitem', { name: '子企业' }).click();
    await choose(approver, '所属企业', '上海示范城建集团有限公司');
    await approver.getByLabel('子企业名称').fill('上海示范城建物业有限公司');
    await approver.getByLabel('统一社会信用代码').fill('91310000132200034E');
    await approver.getByRole('button', { name: '添加子企业' }).click();
    await approver.getByRole('cell', { name: '91310000132200034E' }).waitFor();
    await screenshot(approver, '16-subsidiaries');
    await expectAccessible(approver, 'subsidiaries');
    // Removed again, after a confirmation.
    await approver.getByRole('button', { name: '移除 上海示范城建物业有限公司' }).click();
    await approver
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await approver.getByRole('cell', { name: '91310000132200034E' }).waitFor({ state: 'detached' });

    await approver.getByRole('menuitem', { name: '节假日' }).click();
    await approver.getByLabel('通知年份').fill('2031');
    await approver.getByLabel('日期').fill('2031-10-08');
    await approver.getByLabel('通知文号').fill('国办发明电〔2030〕9号');
    await approver.getByRole('button', { name: '添加日期' }).click();
    await approver.getByRole('cell', { name: '2031-10-08', exact: true }).waitFor();
    await screenshot(approver, '17-holiday-calendar');
    await expectAccessible(approver, 'holiday calendar');
    // A day removed needs a reason (the OK button waits for it).
    await approver.getByRole('button', { name: '删除 2031-10-08' }).click();
    const removing = approver.getByRole('dialog');
    await removing.getByLabel('原因（更正通知或更正的错误）').fill('误录：通知未列此日');
    await removing.getByRole('button', { name: /确\s*定/ }).click();
    await approver.getByRole('cell', { name: '2031-10-08', exact: true }).waitFor({ state: 'detached' });

    // The commission sets an obligation through the API; the filer's home lists it with its due date.
    const set = await t.gql(
      'mutation { setObligation(dataset: EXECUTIVE_PAY, period: "2030", dueDate: "2031-09-30") { id } }',
      {},
      await t.tokenFor('muni-approver'),
    );
    expect(set.errors).toBeUndefined();
    const filer = pages['ent-a']!;
    await filer.getByRole('menuitem', { name: '我的报送' }).click();
    const owed = filer.getByRole('row').filter({ hasText: '2031-09-30' });
    await owed.waitFor();
    await expect(owed.textContent()).resolves.toMatch(/企业负责人薪酬\s*2030\s*2031-09-30\s*未到期/);
    await screenshot(filer, '18-home-obligations');
    await expectAccessible(filer, 'home with obligations');
    await context.close();
  });

  test('the commission sees who has not filed and reminds them (催报); ent-a reads the reminder', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    const approver = await context.newPage();
    await signInAs(approver, 'muni-approver');
    await approver.getByRole('menuitem', { name: '报送情况' }).click();
    await approver.getByRole('heading', { name: '报送情况' }).waitFor();
    // An obligation already past due: every enterprise the commission supervises owes it.
    await choose(approver, '数据集', '企业负责人薪酬');
    await approver.getByLabel('报送期间').fill('2020');
    await approver.getByLabel('截止日期').fill('2021-06-30');
    await approver.getByRole('button', { name: '设置报送义务' }).click();
    const owed = approver
      .getByRole('row')
      .filter({ hasText: '2021-06-30' })
      .filter({ hasText: '上海示范城建集团有限公司' });
    await owed.getByText('已逾期').waitFor();
    // Not another commission's enterprise: jd's 嘉定水务 is not listed for the municipal commission.
    expect(await approver.getByRole('row').filter({ hasText: '上海嘉定示范水务有限公司' }).count()).toBe(0);
    await owed.getByRole('button', { name: /^催报 上海示范城建集团有限公司 企业负责人薪酬 2020/ }).click();
    await approver.getByRole('status').filter({ hasText: '已催报：上海示范城建集团有限公司' }).waitFor();
    // The row now tells when it was last reminded.
    await expect.poll(async () => (await owed.textContent()) ?? '').toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    await screenshot(approver, '19-filing-status');
    await expectAccessible(approver, 'filing status');
    // Its reminders, with how the mail went (the API's `reminders`), open from that date.
    await owed
      .getByRole('button', { name: /^催报记录 上海示范城建集团有限公司 企业负责人薪酬 2020/ })
      .click();
    const history = approver.getByRole('dialog', { name: /^催报记录：上海示范城建集团有限公司/ });
    const entry = history.getByRole('row').filter({ hasText: '人工催报' });
    await entry.waitFor();
    const mailState = (await entry.textContent()) ?? '';
    expect(mailState).toMatch(/仅站内通知|待发送|发送中|已发送/);
    await screenshot(approver, '19c-reminder-history');
    await expectAccessible(approver, 'reminder history');
    await history
      .getByRole('button', { name: 'Close' })
      .or(history.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await history.waitFor({ state: 'hidden' });

    // ent-a signs in (its own tab): the header counts the unread reminder.
    const filer = await context.newPage();
    await signInAs(filer, 'ent-a');
    await filer.getByRole('button', { name: /^通知（\d+ 条未读）$/ }).click();
    await filer.getByRole('heading', { name: '通知' }).waitFor();
    const reminder = filer
      .getByRole('listitem')
      .filter({ hasText: '企业负责人薪酬（2020）应于2021-06-30前报送' });
    await reminder.getByText('未读').waitFor();
    await screenshot(filer, '20-notifications');
    await expectAccessible(filer, 'notifications');
    await filer.getByRole('button', { name: '全部标为已读' }).click();
    await reminder.getByText('未读').waitFor({ state: 'detached' });
    // The header's count follows: no unread left.
    await filer.getByRole('button', { name: '通知', exact: true }).waitFor();
    await context.close();
  });

  test('a file of 100,000 rows shows the rows read while the server checks it', async () => {
    const page = pages['ent-a']!;
    await page.getByRole('menuitem', { name: '上传报送' }).click();
    await choose(page, '数据集', '企业负责人薪酬');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击选择或将文件拖到此处').click();
    await (await chooser).setFiles(csv('薪酬-十万行.csv', payCsv(100_000)));
    const status = page.getByRole('status').filter({ hasText: /已读取 [\d,]+ 行（约 100,001 行）/ });
    await status.waitFor({ timeout: 120_000 });
    await screenshot(page, '15-upload-progress');
    await expectAccessible(page, 'upload while rows are read');
    await page.getByRole('heading', { name: /报送详情/ }).waitFor({ timeout: 240_000 });
    await page.getByText('100000', { exact: true }).first().waitFor();
  }, 300_000);

  test('the commission reads its annual report (年度报告) as charts and tables and downloads the XLSX; jd sees its own', async () => {
    // What a fresh installation publishes (the demo), now: this year holds published records,
    // obligations due and, after the two returns below, returns by category in both commissions.
    await seedDemoSubmissions(t.db);
    await seedDemoObligations(t.db);
    await returnPending(t, 'muni-reviewer', 'SERVICE_INFO', { reason: '标题不规范', field: 'title' });
    await returnPending(t, 'jd-reviewer', 'PERFORMANCE_REVIEWS', { reason: '得分有误', field: 'score' });
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(),
    );
    const muni = await annualFigures(t, 'muni-approver', year);
    const jd = await annualFigures(t, 'jd-reviewer', year);
    const pay = muni.published.find((p) => p.dataset === 'EXECUTIVE_PAY');
    expect(pay?.records).toBeGreaterThan(0);
    expect(jd.published.map((p) => p.dataset)).toEqual(['SERVICE_INFO']);

    const context = await browser.newContext({
      baseURL: base,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await signInAs(page, 'muni-approver');
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    await page.getByRole('heading', { name: '年度报告', exact: true }).waitFor();
    // It opens on last year (the report being written); this year is there too.
    await page
      .getByRole('heading', { name: `上海市国资委${year - 1}年度国有企业信息公开工作统计` })
      .waitFor();
    await choose(page, '年度', `${year} 年`);
    await page.getByRole('heading', { name: `上海市国资委${year}年度国有企业信息公开工作统计` }).waitFor();
    const published = page.getByRole('table').filter({ hasText: '公开记录数' });
    await expect
      .poll(
        async () =>
          (await published.getByRole('row').filter({ hasText: '企业负责人薪酬' }).textContent()) ?? '',
      )
      .toMatch(new RegExp(`^企业负责人薪酬\\s*${pay?.records}\\s*${pay?.submissions}$`));
    const timeliness = page.getByRole('table').filter({ hasText: '截止日期' });
    const total = muni.timeliness.submissions;
    await expect(timeliness.getByRole('row').filter({ hasText: '合计' }).textContent()).resolves.toMatch(
      new RegExp(`合计\\s*${total.onTime}\\s*${total.late}\\s*${total.missing}\\s*${total.notDue}$`),
    );
    await page
      .getByRole('row')
      .filter({ hasText: '标题（服务信息）' })
      .getByText('1', { exact: true })
      .waitFor();
    for (const chart of ['各数据集公开记录数', '报送义务的企业报送情况', '审核意见按类别']) {
      const image = page.getByRole('img', { name: new RegExp(chart) });
      await image.locator('svg').first().waitFor();
      expect(await image.locator('svg rect, svg path').count()).toBeGreaterThan(0);
    }
    await expect(
      page.getByRole('img', { name: /各数据集公开记录数/ }).getAttribute('aria-label'),
    ).resolves.toContain(`企业负责人薪酬 ${pay?.records} 条`);
    await screenshot(page, '21-annual-report');
    await expectAccessible(page, 'annual report');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载年度报告（XLSX）' }).click();
    expect((await download).suggestedFilename()).toBe(`上海市国资委${year}年度信息公开统计.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await (await download).path()) ?? '');
    const sheet = workbook.getWorksheet('一、主动公开情况');
    const row = sheet?.getRows(4, sheet.rowCount)?.find((r) => r.getCell(1).value === '企业负责人薪酬');
    expect(row?.getCell(2).value).toBe(pay?.records);

    // Another commission on the same browser after 退出登录: its own figures, nothing of muni's.
    await page.getByRole('button', { name: '退出登录' }).click();
    await signInAs(page, 'jd-reviewer');
    await page.getByRole('menuitem', { name: '年度报告' }).click();
    await choose(page, '年度', `${year} 年`);
    await page.getByRole('heading', { name: `嘉定区国资委${year}年度国有企业信息公开工作统计` }).waitFor();
    const service = jd.published[0]!;
    const jdPublished = page.getByRole('table').filter({ hasText: '公开记录数' }).getByRole('row');
    await expect(jdPublished.filter({ hasText: '服务信息' }).textContent()).resolves.toMatch(
      new RegExp(`^服务信息\\s*${service.records}\\s*${service.submissions}$`),
    );
    // muni's executive pay is not among jd's publications (jd owes it too: it is in its timeliness).
    expect(await jdPublished.filter({ hasText: '企业负责人薪酬' }).count()).toBe(0);
    await page.getByRole('row').filter({ hasText: '考核得分（经营业绩考核结果）' }).waitFor();
    expect(await page.getByText('标题（服务信息）').count()).toBe(0);
    // In English: the headers, the charts' names and the legend follow the switch.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Annual report', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Records' }).waitFor();
    await page
      .getByRole('img', { name: /^Bar chart: records published/ })
      .locator('svg')
      .first()
      .waitFor();
    await screenshot(page, '21b-annual-report-en');
    await context.close();
  });

  test('the commission lists event-driven filings (事项类报送), each on time or late', async () => {
    // The demo (loaded by the test above) sets the windows and files property transactions.
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(),
    );
    const [from, to] = [`${year - 5}-01-01`, `${year + 1}-12-31`];
    const count = async (lateOnly: boolean) => {
      const result = await t.gql<{ eventObligationStatus: { totalCount: number } }>(
        `query($from: Date!, $to: Date!, $late: Boolean) {
           eventObligationStatus(dataset: PROPERTY_TRANSACTIONS, from: $from, to: $to, lateOnly: $late) { totalCount } }`,
        { from, to, late: lateOnly },
        await t.tokenFor('muni-approver'),
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.eventObligationStatus.totalCount;
    };
    const [late, all] = [await count(true), await count(false)];
    expect(all).toBeGreaterThan(0);

    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, 'muni-approver');
    await page.getByRole('menuitem', { name: '报送情况' }).click();
    await page.getByRole('tab', { name: '事项类报送' }).click();
    await page
      .getByText(/事项发生后 \d+ 个工作日内报送/)
      .first()
      .waitFor();
    await choose(page, '事项类数据集', '国有产权交易');
    await page.getByLabel('截止日期自').fill(from);
    await page.getByLabel('至', { exact: true }).fill(to);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText(`共 ${late} 条`, { exact: true }).waitFor();
    await page.getByLabel('只看逾期').uncheck();
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText(`共 ${all} 条`, { exact: true }).waitFor();
    // Each filing links to its submission, by receipt code and row.
    await page
      .getByRole('link', { name: /^[2-9A-Z]{4}-[2-9A-Z]{4} · 第\d+行$/ })
      .first()
      .waitFor();
    await screenshot(page, '19b-event-filings');
    await expectAccessible(page, 'event-driven filings');
    await context.close();
  });
});

interface AnnualFigures {
  published: { dataset: string; records: number; submissions: number }[];
  timeliness: { submissions: { onTime: number; late: number; missing: number; notDue: number } };
}

/** The annual report's figures as the API gives them to this user. */
async function annualFigures(t: TestApp, user: string, year: number): Promise<AnnualFigures> {
  const result = await t.gql<{ annualReport: AnnualFigures }>(
    `query($year: Int!) { annualReport(year: $year) {
       published { dataset records submissions } timeliness { submissions { onTime late missing notDue } } } }`,
    { year },
    await t.tokenFor(user),
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.annualReport;
}

/** The reviewer returns the commission's submission of the dataset that waits for review, with a note. */
async function returnPending(
  t: TestApp,
  reviewer: string,
  dataset: string,
  note: { reason: string; field: string },
) {
  const token = await t.tokenFor(reviewer);
  const pending = await t.gql<{ submissions: { nodes: { id: string }[] } }>(
    `query($dataset: DatasetKey!) { submissions(first: 1, filter: { dataset: $dataset, status: [PENDING_REVIEW] }) { nodes { id } } }`,
    { dataset },
    token,
  );
  const id = pending.data?.submissions.nodes[0]?.id;
  if (!id) throw new Error(`nothing of ${dataset} waits for ${reviewer}: ${JSON.stringify(pending)}`);
  const returned = await t.gql(
    'mutation($id: ID!, $notes: [ReviewNoteInput!]) { reviewSubmission(id: $id, decision: RETURN, reason: "请修改后重新报送", notes: $notes) { status } }',
    { id, notes: [note] },
    token,
  );
  expect(returned.errors).toBeUndefined();
}

/** Executive pay of ent-a, one row per person. */
function payCsv(rows: number): string {
  const header =
    '年度,企业名称,统一社会信用代码,姓名,职务,任职起始,任职终止,基本年薪,绩效年薪,应付年薪,任期激励收入,社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分,其他货币性收入,税前报酬合计,是否在股东单位或其他关联企业领取薪酬,关联方领取的税前薪酬总额,备注';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `2023,上海示范城建集团有限公司,913100001322000126,职工${i},副总经理,2019-01,至今,40.5,52.3,92.8,0,12.6,0.5,105.9,否,,`,
    );
  }
  return `\uFEFF${lines.join('\n')}\n`;
}
