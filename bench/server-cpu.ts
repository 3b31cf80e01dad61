import { readFileSync } from 'node:fs';
import type { SqlClient } from '../src/db/database.js';

/**
 * CPU time (ms) used so far by this database's server processes, read from /proc: the server must
 * run on this machine. Undefined when it cannot be read. On a shared machine CPU time is steadier
 * than wall time, and it shows what the database itself spent.
 */
export async function serverCpuMs(sql: SqlClient): Promise<number | undefined> {
  const { rows } = await sql.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  try {
    let total = 0;
    for (const { pid } of rows) {
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (10 ms).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    }
    return total;
  } catch {
    return undefined;
  }
}
