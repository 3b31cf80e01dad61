import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Signs in through the form, as a person does. */
export async function signInAs(page: Page, username: string, password = 'sunshine-demo') {
  await page.goto('/app/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/** axe-core on the page as it is now: no serious or critical violation (WCAG 2 A/AA rules). */
export async function expectAccessible(page: Page, where: string) {
  // The page at rest: a table still loading is blurred (half opacity) on purpose.
  await page.locator('.ant-spin-blur, .ant-spin-spinning').first().waitFor({ state: 'detached' });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').at(-1)?.trim() ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(bad, `accessibility of ${where}`).toEqual([]);
}

/** Nothing wider than the viewport: usable on a phone without sideways scrolling of the page. */
export async function expectNoPageOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width + 1);
}

/** With SCREENSHOTS=<dir> (npm run screenshots:workspace), saves a PNG of the page. */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

const HEADER =
  '项目编号,项目名称,交易类型,披露阶段,转让方名称,转让方统一社会信用代码,标的企业名称,标的企业统一社会信用代码,标的所在地区代码,转让比例(%),评估值(万元),挂牌价格(万元),批准单位,批准文号,挂牌起始日期,挂牌截止日期,交易机构,交易方式,受让方名称,受让方类型,受让方证件号码,成交价格(万元),成交日期,付款方式,首付比例(%),备注';
export const PROJECT = '上海阳光示例实业有限公司100%股权转让';
export const BUYER = '上海阳光受让投资有限公司';

/**
 * Property transactions for the journey: row 2 with a seller code one digit short (an error, column
 * F) unless fixed, row 3 a deal whose target code fails its checksum (a warning, column H).
 */
export function journeyCsv(options: { fixed: boolean; remark?: string }): string {
  const seller = options.fixed ? '913100001322000126' : '91310000132200012';
  const common = `上海示范城建集团有限公司`;
  const row2 = `G32024SH9000777,${PROJECT},产权转让,正式披露,${common},${seller},上海阳光示例实业有限公司,91310115MA1K3AB7X2,310115,100,5000,5000,上海市国资委,,2018-06-29,2018-07-26,上海联合产权交易所,网络竞价,,,,,,,,`;
  const row3 = `G32024SH9000777,${PROJECT},产权转让,成交公告,${common},913100001322000126,上海阳光示例实业有限公司,91310115MA1K3AB7X1,310115,100,5000,5000,上海市国资委,,2018-06-29,2018-07-26,上海联合产权交易所,网络竞价,${BUYER},法人,91310106MA1G5T0L4X,5200,2018-08-03,分期,30,${options.remark ?? ''}`;
  return `\uFEFF${HEADER}\n${row2}\n${row3}\n`;
}
