/** Where the CLI writes; injected so commands stay testable and stdout stays clean in --json mode. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

// Plain stream writes, and the entry sets process.exitCode instead of calling process.exit(), so
// a large report piped to another program is flushed completely before the process ends.
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Sends console output of libraries (a stray console.log or warn) to stderr, so that nothing but
 * the report ever reaches stdout.
 */
export function quietConsole(): void {
  const toStderr = (...parts: unknown[]) => {
    process.stderr.write(`${parts.map(String).join(' ')}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.warn = toStderr;
  console.debug = toStderr;
}
