/** One child's answer, labelled. */
export interface Measured {
  label: string;
  /** Input file size. */
  mb: number;
  rows: number;
  issues: number;
  ms: number;
  cpuMs: number;
  startRssMB: number;
  peakRssMB: number;
}

const rate = (m: Measured): number => (m.rows * 1000) / m.ms;

function line(m: Measured): string {
  const cells = [
    m.label.padEnd(28),
    String(m.rows).padStart(8),
    `${m.mb.toFixed(1)}`.padStart(7),
    `${Math.round(rate(m))}`.padStart(9),
    `${(m.ms / 1000).toFixed(2)}`.padStart(7),
    `${(m.cpuMs / 1000).toFixed(2)}`.padStart(7),
    `${Math.round(m.peakRssMB)}`.padStart(8),
    String(m.issues).padStart(7),
  ];
  return cells.join('  ');
}

/** Validation overhead: how much longer the full pipeline takes than the bare parse. */
function overhead(full: Measured | undefined, bare: Measured | undefined): string {
  if (!full || !bare) return 'n/a';
  const ratio = (time: (m: Measured) => number) =>
    `${((time(full) / full.rows / (time(bare) / bare.rows) - 1) * 100).toFixed(0)}%`;
  return `${ratio((m) => m.ms)} wall, ${ratio((m) => m.cpuMs)} CPU`;
}

export function printTable(main: Measured[], flat: Measured[]): void {
  const head = ['case'.padEnd(28), 'rows'.padStart(8), 'file MB'.padStart(7), 'rows/s'.padStart(9)];
  head.push('wall s'.padStart(7), 'CPU s'.padStart(7), 'peak RSS MB'.padStart(8), 'issues'.padStart(7));
  console.log(head.join('  '));
  for (const m of main) console.log(line(m));
  const [a, b, c, d] = main;
  console.log(`\nvalidation overhead CSV  (b)/(a) − 1: ${overhead(b, a)}`);
  console.log(`validation overhead XLSX (d)/(c) − 1: ${overhead(d, c)}`);
  if (flat.length === 0) return;
  console.log('\nmemory vs row count (Sunshine CSV):');
  for (const m of flat) console.log(line(m));
}
