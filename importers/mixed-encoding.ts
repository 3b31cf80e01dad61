import { isUtf8 } from 'node:buffer';

/** Rows whose bytes are in another encoding than the file's (rows pasted in from another tool). */
export interface MixedEncoding {
  /** The encoding the file is read with, and the one the listed rows are really in. */
  fileEncoding: 'utf-8' | 'gb18030';
  rowEncoding: 'utf-8' | 'gb18030';
  /** Record numbers (as Excel shows rows), at most MAX_ROWS of them. */
  rows: number[];
  /** All such rows, listed or not. */
  count: number;
}

const MAX_ROWS = 1000;
// Fewer non-ASCII bytes than this prove nothing: a short GBK text can happen to be valid UTF-8.
const MIN_EVIDENCE_BYTES = 4;

type LineKind = 'ascii' | 'utf-8' | 'gb18030';

function kindOf(line: Uint8Array): LineKind {
  let high = 0;
  for (const b of line) if (b >= 0x80) high++;
  if (high === 0) return 'ascii';
  if (isUtf8(line)) return high >= MIN_EVIDENCE_BYTES ? 'utf-8' : 'ascii';
  return 'gb18030';
}

/**
 * Each record's encoding, for a file that is not valid UTF-8 as a whole. Records are counted as
 * csv-parse counts them: any line ending ends one, except inside quotes (0x22 never occurs inside
 * a UTF-8 or GB18030 multi-byte character, so quotes can be counted on the bytes).
 */
function recordKinds(bytes: Uint8Array): LineKind[] {
  const kinds: LineKind[] = [];
  let start = 0;
  let quoted = false;
  let recordKind: LineKind = 'ascii';
  const end = (at: number, next: number) => {
    const kind = kindOf(bytes.subarray(start, at));
    if (kind !== 'ascii') recordKind = kind === 'gb18030' || recordKind === 'ascii' ? kind : recordKind;
    if (!quoted) {
      kinds.push(recordKind);
      recordKind = 'ascii';
    }
    start = next;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a) end(i, i + 1);
    else if (b === 0x0d) {
      const next = bytes[i + 1] === 0x0a ? i + 2 : i + 1;
      end(i, next);
      i = next - 1;
    }
  }
  if (start < bytes.length) end(bytes.length, bytes.length);
  return kinds;
}

/**
 * For a file that failed the whole-file UTF-8 test: the majority of its non-ASCII records decides
 * the file's encoding, and the records in the other one are listed. Undefined when all agree.
 */
export function findMixedEncoding(bytes: Uint8Array, utf8Bom = false): MixedEncoding | undefined {
  const kinds = recordKinds(bytes);
  let utf8 = 0;
  let gb = 0;
  for (const kind of kinds) {
    if (kind === 'utf-8') utf8++;
    else if (kind === 'gb18030') gb++;
  }
  if (gb === 0 || (utf8 === 0 && !utf8Bom)) return undefined;
  // A UTF-8 BOM settles the file's encoding whatever the majority.
  const fileEncoding = utf8Bom || utf8 > gb ? 'utf-8' : 'gb18030';
  const rowEncoding = fileEncoding === 'utf-8' ? 'gb18030' : 'utf-8';
  const rows: number[] = [];
  kinds.forEach((kind, i) => {
    if (kind === rowEncoding && rows.length < MAX_ROWS) rows.push(i + 1);
  });
  return { fileEncoding, rowEncoding, rows, count: rowEncoding === 'utf-8' ? utf8 : gb };
}
