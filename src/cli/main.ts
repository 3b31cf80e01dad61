// Sunshine's offline command line (CONTRACT.md): validate a file, print a blank template or a Table Schema.
// Touches no database and reads no environment, so it runs anywhere the repository is checked out.
import { datasetKeys } from '../../schema/datasets/index.js';
import { type ParsedArgs, parseArgs, UsageError } from './args.js';
import { type CliIo, processIo, quietConsole } from './io.js';
import { EXIT } from './report.js';
import { runTableSchema, runTemplate } from './schema-commands.js';
import { runValidate } from './validate.js';

const USAGE = `用法 (usage):
  npm run cli -- validate <file> --dataset <key> [--json] [--en] [--today YYYY-MM-DD] [--calendar days.json]
  npm run cli -- template <dataset> [--out file.xlsx]
  npm run cli -- table-schema <dataset> [--out file.json]
数据集 (datasets): ${datasetKeys.join(', ')}
`;

const COMMANDS: Record<string, (args: ParsedArgs, io: CliIo) => Promise<number>> = {
  validate: runValidate,
  template: runTemplate,
  'table-schema': runTableSchema,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('json')) quietConsole();
    const command = args.positional[0];
    if (!command || args.flags.has('help')) {
      io.stderr(USAGE);
      return command ? EXIT.ok : EXIT.unreadable;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`未知命令“${command}” (unknown command "${command}")`);
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${USAGE}`);
    return EXIT.unreadable;
  }
}

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a data problem: say so plainly, with the stack for the bug report. The contract
    // knows only 0, 1 and 2, and the file was not read to the end, so 2.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`内部错误 (internal error): ${detail}\n`);
    process.exitCode = EXIT.unreadable;
  },
);
