import type { IssueDraft } from '../core/issues.js';
import type { Localized } from '../core/localized.js';
import { findPersonalData, PERSONAL_DATA_NAMES } from '../identifiers/personal-data.js';

/**
 * What a text column holds, when it matters for plausibility and redaction:
 * - 'name': a person's or an organisation's name, where no `?` belongs;
 * - 'free-text': remarks and contents, scanned for personal data (and masked on publication).
 */
export type TextContent = 'name' | 'free-text';

const REPLACEMENT = '\uFFFD';
const HAN = /\p{Script=Han}/u;

/** `?` with a Han character on both sides: a character a GBK round trip could not keep (张?明). */
function questionBetweenHan(value: string): boolean {
  for (let i = value.indexOf('?'); i > 0; i = value.indexOf('?', i + 1)) {
    if (HAN.test(value.charAt(i - 1)) && HAN.test(value.charAt(i + 1))) return true;
  }
  return false;
}

/**
 * A character lost in an encoding round trip: U+FFFD anywhere, `?` anywhere in a name, or `?`
 * between two Han characters in other text (a question mark ends a sentence, it is not inside a word).
 */
export function lostCharacter(value: string, content: TextContent | undefined): IssueDraft | undefined {
  const replaced = value.includes(REPLACEMENT);
  if (!replaced && !value.includes('?')) return undefined;
  if (!replaced && content !== 'name' && !questionBetweenHan(value)) return undefined;
  const mark = replaced ? '\uFFFD' : '?';
  return { code: 'character-lost', params: { mark } };
}

/** Resident IDs and mobile numbers in free text, named for the warning. */
export function personalDataIn(value: string): IssueDraft | undefined {
  const hits = findPersonalData(value);
  if (hits.length === 0) return undefined;
  const kinds = [...new Set(hits.map((h) => h.kind))].map((k) => PERSONAL_DATA_NAMES[k]);
  const list: Localized = {
    zh: kinds.map((k) => k.zh).join('、'),
    en: kinds.map((k) => k.en).join(' and '),
  };
  return { code: 'personal-data-in-text', params: { kinds: list, count: hits.length } };
}

/** Plausibility warnings for a text cell's value; undefined (nothing allocated) when there are none. */
export function textWarnings(value: string, content: TextContent | undefined): IssueDraft[] | undefined {
  const lost = lostCharacter(value, content);
  const personal = content === 'free-text' ? personalDataIn(value) : undefined;
  if (!lost && !personal) return undefined;
  return [lost, personal].filter((d): d is IssueDraft => d !== undefined);
}
