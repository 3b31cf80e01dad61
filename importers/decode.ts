import { isUtf8 } from 'node:buffer';
import { ImportError } from './errors.js';
import { findMixedEncoding, type MixedEncoding } from './mixed-encoding.js';

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** WHATWG label for TextDecoder. */
  label: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  /** Records in the other encoding of the two (a UTF-8 row pasted into a GBK file, or the reverse). */
  mixed?: MixedEncoding;
}

const CHUNK = 64 * 1024;
// C0 controls other than tab, LF, CR, plus DEL: text spreadsheets essentially never contain them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const MAX_CONTROL_SHARE = 0.01;

function byBom(bytes: Uint8Array): DetectedEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', label: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', label: 'utf-16be' };
  return undefined;
}

/**
 * BOM → strict UTF-8 → GB18030 (a superset of GBK, what Chinese Excel's "CSV (逗号分隔)" writes).
 * No statistical guessing: each step is a yes/no test, and the answer is reported to the user.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const detected = byBom(bytes) ?? (isUtf8(bytes) ? { encoding: 'utf-8', label: 'utf-8' } : undefined);
  const chosen: DetectedEncoding = withMixed(bytes, detected) ?? { encoding: 'gb18030', label: 'gb18030' };
  if (chosen.label !== 'utf-16le' && chosen.label !== 'utf-16be' && bytes.includes(0)) {
    throw new ImportError('not-a-spreadsheet', { detail: 'binary data, not text' });
  }
  assertDecodesAsText(bytes, chosen);
  return chosen;
}

/**
 * A file that is not valid UTF-8 throughout may still be mostly UTF-8 (or carry a UTF-8 BOM) with a
 * few GBK rows, or be GBK with a few UTF-8 rows: the majority decides, the other rows are listed
 * (validate-file.ts turns them into located errors), so no row is ever read as mojibake silently.
 */
function withMixed(bytes: Uint8Array, detected: DetectedEncoding | undefined): DetectedEncoding | undefined {
  if (detected?.label === 'utf-16le' || detected?.label === 'utf-16be') return detected;
  if (detected?.encoding === 'utf-8') return detected;
  const bom = detected?.encoding === 'utf-8-bom';
  if (bom && isUtf8(bytes.subarray(3))) return detected;
  const mixed = findMixedEncoding(bom ? bytes.subarray(3) : bytes, bom);
  if (!mixed) return detected;
  const label = mixed.fileEncoding;
  return { encoding: bom ? 'utf-8-bom' : label, label, mixed };
}

/**
 * Proves the whole file decodes, strictly, before any row is yielded, and refuses binary data: more
 * than 1% control characters. UTF-8 was already proven by isUtf8, and in UTF-8 and GB18030 alike a
 * byte below 0x20 or 0x7F is always a character of its own (multi-byte sequences use higher bytes),
 * so for those the control characters are counted on the bytes without decoding anything.
 */
function assertDecodesAsText(bytes: Uint8Array, detected: DetectedEncoding): void {
  // With mixed rows the strict decode would fail on the very rows that are reported.
  if (detected.label === 'gb18030' && !detected.mixed) assertDecodes(bytes, detected);
  const { controls, chars } =
    detected.label === 'utf-16le' || detected.label === 'utf-16be'
      ? countDecodedControls(bytes, detected)
      : countByteControls(bytes, detected.label === 'utf-8');
  if (controls > chars * MAX_CONTROL_SHARE) {
    throw new ImportError('not-a-spreadsheet', { detail: 'binary data, not text' });
  }
}

function assertDecodes(bytes: Uint8Array, detected: DetectedEncoding): void {
  try {
    for (const _ of decodeChunks(bytes, detected, true));
  } catch {
    throw new ImportError('unknown-encoding');
  }
}

/** Controls and characters, counted on UTF-8 or GB18030 bytes (a GB18030 character counts once per byte). */
function countByteControls(bytes: Uint8Array, utf8: boolean): { controls: number; chars: number } {
  let controls = 0;
  let continuation = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
    } else if (b === 0x7f) controls++;
    else if (utf8 && (b & 0xc0) === 0x80) continuation++;
  }
  return { controls, chars: bytes.length - continuation };
}

function countDecodedControls(
  bytes: Uint8Array,
  detected: DetectedEncoding,
): { controls: number; chars: number } {
  let chars = 0;
  let controls = 0;
  try {
    for (const text of decodeChunks(bytes, detected, true)) {
      chars += text.length;
      controls += text.match(CONTROL)?.length ?? 0;
    }
  } catch {
    throw new ImportError('unknown-encoding');
  }
  return { controls, chars };
}

/** Streams the text in 64 KiB pieces; TextDecoder's stream mode joins characters split across pieces. */
export function* decodeChunks(
  bytes: Uint8Array,
  detected: DetectedEncoding,
  fatal = false,
): Generator<string> {
  const decoder = new TextDecoder(detected.label, { fatal });
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
    const text = decoder.decode(bytes.subarray(offset, offset + CHUNK), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
