import type { SqlClient } from '../db/database.js';

/** Bytes per query: a few tens of milliseconds of decoding on the main thread each. */
const SLICE = 1 << 20;

/**
 * A submission's stored file, read in 1 MB slices. Read whole, a 34.5 MB file arrived as one
 * 69 MB hex message that the driver gathered, decoded and handed on in one go on the main thread
 * (about 4 s of /healthz unanswered, a few hundred MB in flight); between slices other requests
 * run. Undefined when the submission has no file.
 */
export async function readStoredFile(sql: SqlClient, submissionId: string): Promise<Buffer | undefined> {
  const { rows } = await sql.query<{ size: number }>(
    'SELECT octet_length(content) AS size FROM submission_file WHERE submission_id = $1',
    [submissionId],
  );
  const size = rows[0]?.size;
  if (size === undefined) return undefined;
  const bytes = Buffer.alloc(size);
  for (let at = 0; at < size; at += SLICE) {
    const { rows: slice } = await sql.query<{ part: Uint8Array }>(
      'SELECT substring(content FROM $2 FOR $3) AS part FROM submission_file WHERE submission_id = $1',
      [submissionId, at + 1, SLICE],
    );
    const part = slice[0]?.part;
    // The file cannot change (a submission's file is written once), so a short slice is a bug.
    if (!part || part.byteLength !== Math.min(SLICE, size - at)) {
      throw new Error(`submission file ${submissionId} changed while it was read`);
    }
    bytes.set(part, at);
  }
  return bytes;
}
