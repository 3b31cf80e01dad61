import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

describe('workspace HTTP routes on the real server', () => {
  let t: TestApp;
  let base = '';
  let dist = '';
  beforeAll(async () => {
    dist = join(await mkdtemp(join(tmpdir(), 'sunshine-web-')), 'web');
    t = await createTestApp({ seed: false, env: { WEB_DIST_DIR: dist } });
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
    await rm(join(dist, '..'), { recursive: true, force: true });
  });

  test('the blank template of each dataset, without signing in; an unknown one is 404', async () => {
    const response = await fetch(`${base}/api/templates/executive-pay.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('模板.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const headers = JSON.stringify(workbook.worksheets[0]?.getSheetValues());
    expect(headers).toContain('姓名');
    expect((await fetch(`${base}/api/templates/no-such.xlsx`)).status).toBe(404);
    expect((await fetch(`${base}/api/templates/executive-pay.csv`)).status).toBe(404);
  });

  test('GraphiQL is served from the server itself: no script or style from another host', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toContain('unpkg.com');
  });

  test('/app/ serves the built app: assets as files, any app route falls back to index.html', async () => {
    const missing = await fetch(`${base}/app/`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain('npm run build:web');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>阳光国资</title><div id="root"></div>');
    await writeFile(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
    expect((await fetch(`${base}/app`, { redirect: 'manual' })).headers.get('location')).toBe('/app/');
    const index = await fetch(`${base}/app/review/123`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('阳光国资');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await fetch(`${base}/app/assets/app-abc.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/app/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/app/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
