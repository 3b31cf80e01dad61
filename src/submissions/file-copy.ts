import type { SqlClient } from '../db/database.js';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const SLICE = 1 << 20;

/**
 * Stores an uploaded file with a binary COPY, sent in 1 MB slices: memory stays flat however large
 * the file (a bytea parameter is first copied whole into the driver's growing message buffer).
 */
export async function copyFile(tx: SqlClient, submissionId: string, bytes: Uint8Array): Promise<void> {
  const copy = tx.copyIn('COPY submission_file (submission_id, content, size) FROM STDIN (FORMAT binary)');
  try {
    await copy.write(tupleStart(submissionId, bytes.byteLength));
    for (let at = 0; at < bytes.byteLength; at += SLICE) await copy.write(bytes.subarray(at, at + SLICE));
    await copy.write(tupleEnd(bytes.byteLength));
    await copy.end();
  } catch (error) {
    await copy.abort();
    throw error;
  }
}

/** Header, then one tuple of three fields: the uuid, and the length of the bytea that follows. */
function tupleStart(submissionId: string, size: number): Buffer {
  const head = Buffer.alloc(SIGNATURE.length + 8 + 2 + 4 + 16 + 4);
  let at = SIGNATURE.copy(head, 0);
  at = head.writeInt32BE(0, at); // flags
  at = head.writeInt32BE(0, at); // header extension length
  at = head.writeInt16BE(3, at); // fields in the tuple
  at = head.writeInt32BE(16, at);
  at += Buffer.from(submissionId.replace(/-/g, ''), 'hex').copy(head, at);
  head.writeInt32BE(size, at);
  return head;
}

/** The integer size field, then the end-of-data marker. */
function tupleEnd(size: number): Buffer {
  const tail = Buffer.alloc(4 + 4 + 2);
  let at = tail.writeInt32BE(4, 0);
  at = tail.writeInt32BE(size, at);
  tail.writeInt16BE(-1, at);
  return tail;
}
