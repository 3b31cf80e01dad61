/** A tiny argv reader: positional arguments plus `--flag` and `--option value` (or `--option=value`). */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Options that take a value; every other `--name` is a boolean flag. */
const VALUE_OPTIONS = new Set(['dataset', 'out', 'today', 'calendar']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') parsed.positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) {
      parsed.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '')
      throw new UsageError(`--${name} 需要一个值 (--${name} needs a value)`);
    parsed.options.set(name, value);
  }
  return parsed;
}
