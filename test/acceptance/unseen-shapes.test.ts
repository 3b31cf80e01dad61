// Spreadsheets shaped like those Chinese Excel/WPS users save (titles, unit lines, notes, 合计,
// 以下空白, merged cells, formulas, 1904 dates, GBK CSV …), built by test/acceptance/shapes/
// independently of test/fixtures/, each with the exact issues a careful reviewer would point to.
// Run through the CLI's validate command in-process; any false alarm or missed error fails.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { runValidate } from '../../src/cli/validate.js';
import { validateReportOnly } from '../../src/intake/report-task.js';
import {
  executivePayHardProbes,
  executivePayLayoutProbes,
  executivePayProbes,
} from './shapes/executive-pay.js';
import { intakeProbes } from './shapes/intake-shapes.js';
import { performanceReviewProbes } from './shapes/performance-reviews.js';
import type { CliReport, Probe } from './shapes/probe.js';
import { propertyTransactionProbes } from './shapes/property-transactions.js';
import { serviceInfoProbes } from './shapes/service-info.js';
import { issueKey } from './shapes/sheet.js';

const TODAY = '2025-06-30';

async function validate(dir: string, probe: Probe): Promise<{ exit: number; report: CliReport }> {
  const file = join(dir, probe.name);
  await writeFile(file, probe.bytes);
  const out: string[] = [];
  const io = { stdout: (text: string) => void out.push(text), stderr: () => {} };
  const args = parseArgs(['validate', file, '--dataset', probe.dataset, '--json', '--today', TODAY]);
  // In-process: dozens of probes, one worker start each, would outlast the timeout on a loaded
  // machine. The worker road of the same command is covered by test/cli and test/intake/agreement.
  const exit = await runValidate(args, io, validateReportOnly);
  return { exit, report: JSON.parse(out.join('')) as CliReport };
}

const probes: Probe[] = [];
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sunshine-unseen-'));
  probes.push(
    ...(await executivePayProbes()),
    ...(await executivePayHardProbes()),
    ...(await executivePayLayoutProbes()),
    ...(await propertyTransactionProbes()),
    ...(await performanceReviewProbes()),
    ...(await serviceInfoProbes()),
    ...(await intakeProbes()),
  );
});

describe('unseen spreadsheet shapes', () => {
  test('every probe gets exactly the issues a careful reviewer expects', async () => {
    expect(probes.length).toBeGreaterThan(25);
    for (const probe of probes) {
      const { exit, report } = await validate(dir, probe);
      const actual = report.issues.map(issueKey).sort();
      expect({ file: probe.name, issues: actual }).toEqual({
        file: probe.name,
        issues: [...probe.expected].sort(),
      });
      expect({ file: probe.name, exit }).toEqual({ file: probe.name, exit: report.errorCount > 0 ? 1 : 0 });
      const expectedErrors = report.issues.filter((i) => i.severity === 'error').length;
      expect(report.errorCount).toBe(expectedErrors);
      if (probe.headerRow !== undefined)
        expect({ file: probe.name, headerRow: report.headerRow }).toEqual({
          file: probe.name,
          headerRow: probe.headerRow,
        });
      if (probe.rowCount !== undefined)
        expect({ file: probe.name, rowCount: report.rowCount }).toEqual({
          file: probe.name,
          rowCount: probe.rowCount,
        });
      if (probe.encoding !== undefined)
        expect({ file: probe.name, encoding: report.encoding }).toEqual({
          file: probe.name,
          encoding: probe.encoding,
        });
      for (const key of ['format', 'sheet'] as const)
        if (probe[key] !== undefined)
          expect({ file: probe.name, [key]: report[key] }).toEqual({ file: probe.name, [key]: probe[key] });
      for (const issue of report.issues) {
        expect(issue.message.zh.length).toBeGreaterThan(0);
        expect(issue.message.en.length).toBeGreaterThan(0);
      }
    }
  });

  test('the clean probes of every dataset exit 0 with no issues', async () => {
    const clean = probes.filter((p) => p.expected.length === 0);
    expect(new Set(clean.map((p) => p.dataset)).size).toBe(4);
    for (const probe of clean)
      expect({ file: probe.name, ...(await validate(dir, probe)) }).toMatchObject({
        file: probe.name,
        exit: 0,
      });
  });
});
