import { cpus, loadavg } from 'node:os';

export interface Row {
  name: string;
  rps: number;
  p99ms: number;
  errors: number;
  appCpu: number;
  dbCpu: number;
  /** Names of the rows this one is compared with: the bare pg anchor, PostGraphile. */
  bare?: string;
  postgraphile?: string;
}

/** CPU per request (server + database), the steadier comparison on a shared machine. */
export const cpuPerRequest = (r: Row, seconds: number) =>
  ((r.appCpu + r.dbCpu) * 1000) / Math.max(1, r.rps * seconds);

/** The load cases as a table, each with its ratios (rps and CPU per request) to its anchors. */
export function printLoad(rows: Row[], setup: { records: number; connections: number; seconds: number }) {
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ` +
      `${setup.records} records, wrk ${setup.connections} connections × ${setup.seconds} s per case\n`,
  );
  const perRequest = (r: Row) => cpuPerRequest(r, setup.seconds);
  const ratio = (r: Row, name: string | undefined) => {
    const anchor = rows.find((a) => a.name === name);
    if (!anchor) return ''.padStart(16);
    return `${(r.rps / anchor.rps).toFixed(2).padStart(6)}× ${(perRequest(anchor) / perRequest(r)).toFixed(2).padStart(6)}×`;
  };
  console.log(
    'case                                      rps   p99 ms errors app CPU s DB CPU s  CPU ms/req  vs bare: rps  CPU  vs PostGraphile: rps  CPU',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)} ${r.p99ms.toFixed(1).padStart(8)} ${String(r.errors).padStart(6)} ${r.appCpu.toFixed(1).padStart(9)} ${r.dbCpu.toFixed(1).padStart(8)} ${perRequest(r).toFixed(2).padStart(11)} ${ratio(r, r.bare)}   ${ratio(r, r.postgraphile)}`,
    );
  }
}
