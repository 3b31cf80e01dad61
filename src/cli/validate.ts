import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isImportError } from '../../importers/errors.js';
import type { CalendarDayOverride } from '../../schema/calendar/index.js';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { datasets, getDataset } from '../../schema/datasets/index.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import type { ValidateFileInput } from '../intake/validate-file.js';
import { validateReportInWorker } from '../intake/validate-in-worker.js';
import { type ParsedArgs, UsageError } from './args.js';
import { readCalendarFile } from './calendar-file.js';
import { humanReport } from './human.js';
import type { CliIo } from './io.js';
import { type CliReport, contractReport, EXIT, fileLevelReport } from './report.js';
import { shanghaiToday } from './today.js';

/** The format a file claims by its name; only used to label a file that could not be read at all. */
function claimedFormat(file: string): CliReport['format'] {
  if (/\.xls$/i.test(file)) return 'xls';
  if (/\.ett?$/i.test(file)) return 'et';
  if (/\.html?$/i.test(file)) return 'html';
  return /\.xls[xmb]$/i.test(file) ? 'xlsx' : 'csv';
}

export function resolveToday(args: ParsedArgs): string {
  const today = args.options.get('today') ?? shanghaiToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today 应为 YYYY-MM-DD (got "${today}")`);
  return today;
}

export function requireDataset(key: string | undefined) {
  const keys = datasets.map((d) => d.key).join(', ');
  if (!key) throw new UsageError(`请用 --dataset 指定数据集 (--dataset is required): ${keys}`);
  const def = getDataset(key);
  if (!def) throw new UsageError(`未知数据集“${key}” (unknown dataset "${key}"); 可选 (one of): ${keys}`);
  return def;
}

async function readInput(file: string): Promise<Uint8Array | { code: string; zh: string; en: string }> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const missing = reason === 'ENOENT';
    return {
      code: missing ? 'file-not-found' : 'file-unreadable',
      zh: missing ? `找不到文件：${file}` : `无法读取文件：${file}（${reason}）`,
      en: missing ? `File not found: ${file}` : `Cannot read file: ${file} (${reason})`,
    };
  }
}

interface Outcome {
  report: CliReport;
  /** The file could not be read at all: exit 2 whatever the report says. */
  unreadable: boolean;
}

/** How the file is validated: in the upload's worker (the CLI), or in-process (many files in one test). */
export type FileValidator = (input: ValidateFileInput) => Promise<ValidationReport>;

async function produceReport(
  file: string,
  def: DatasetDefinition,
  today: string,
  calendarOverrides: CalendarDayOverride[] | undefined,
  validate: FileValidator,
): Promise<Outcome> {
  const input = await readInput(file);
  if (!(input instanceof Uint8Array)) {
    return {
      report: fileLevelReport(def.key, claimedFormat(file), { code: input.code, localized: input }),
      unreadable: true,
    };
  }
  try {
    // In the upload's worker with the upload's heap ceiling and deadline: a hostile file costs
    // the CLI no more memory than the server, and gets the same code.
    const full = await validate({
      bytes: input,
      filename: basename(file),
      dataset: def.key,
      today,
      ...(calendarOverrides ? { calendarOverrides } : {}),
    });
    return { report: contractReport(full), unreadable: false };
  } catch (error) {
    if (!isImportError(error)) throw error;
    return { report: fileLevelReport(def.key, claimedFormat(file), error), unreadable: true };
  }
}

/** `validate <file> --dataset <key> [--json]`: exit 0 clean, 1 errors, 2 unreadable (CONTRACT.md). */
export async function runValidate(
  args: ParsedArgs,
  io: CliIo,
  validate: FileValidator = (input) => validateReportInWorker(input),
): Promise<number> {
  const file = args.positional[1];
  if (!file)
    throw new UsageError('用法 (usage): validate <file> --dataset <key> [--json] [--calendar days.json]');
  const def = requireDataset(args.options.get('dataset'));
  const calendar = await readCalendarFile(args.options.get('calendar'));
  const { report, unreadable } = await produceReport(file, def, resolveToday(args), calendar, validate);
  if (args.flags.has('json')) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(humanReport(report, def, basename(file), args.flags.has('en')));
  if (unreadable) {
    const problem = report.issues[0]?.message;
    io.stderr(`${problem?.zh ?? ''}\n${problem?.en ?? ''}\n`);
    return EXIT.unreadable;
  }
  return report.errorCount > 0 ? EXIT.errors : EXIT.ok;
}
