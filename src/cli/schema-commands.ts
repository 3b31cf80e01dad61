import { writeFile } from 'node:fs/promises';
import { tableSchema } from '../../schema/derive/table-schema.js';
import { templateXlsx } from '../../schema/derive/template-xlsx.js';
import { type ParsedArgs, UsageError } from './args.js';
import type { CliIo } from './io.js';
import { EXIT } from './report.js';
import { requireDataset } from './validate.js';

/** `template <dataset> [--out file.xlsx]`: the blank XLSX template, to a file (default <dataset>.xlsx). */
export async function runTemplate(args: ParsedArgs, io: CliIo): Promise<number> {
  const def = requireDataset(args.positional[1] ?? args.options.get('dataset'));
  const out = args.options.get('out') ?? `${def.key}.xlsx`;
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应以 .xlsx 结尾 (must end in .xlsx): ${out}`);
  await writeFile(out, await templateXlsx(def));
  io.stderr(`已生成${def.title.zh}模板 (template written): ${out}\n`);
  return EXIT.ok;
}

/** `table-schema <dataset> [--out file.json]`: the Frictionless Table Schema, on stdout by default. */
export async function runTableSchema(args: ParsedArgs, io: CliIo): Promise<number> {
  const def = requireDataset(args.positional[1] ?? args.options.get('dataset'));
  const json = `${JSON.stringify(tableSchema(def), null, 2)}\n`;
  const out = args.options.get('out');
  if (out) {
    await writeFile(out, json);
    io.stderr(`已生成 Table Schema (written): ${out}\n`);
  } else io.stdout(json);
  return EXIT.ok;
}
