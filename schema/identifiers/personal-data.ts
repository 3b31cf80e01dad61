// Personal data that turns up in free text (备注, 内容): resident ID numbers and mainland mobile numbers.
import type { Localized } from '../core/localized.js';
import { isResidentIdFormat, maskResidentId } from './resident-id.js';

export type PersonalDataKind = 'resident-id' | 'mobile';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

export const PERSONAL_DATA_NAMES: Record<PersonalDataKind, Localized> = {
  'resident-id': { zh: '身份证号码', en: 'resident ID number' },
  mobile: { zh: '手机号码', en: 'mobile number' },
};

// Not glued to other letters or digits, so an account or contract number containing 18 digits is
// not taken for an ID unless the 18 stand alone. A format check (province, real birth date) follows:
// a typo in the check character still identifies the person, so the checksum is not required.
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/g;
// 1[3-9] and nine more digits, optionally +86 and written 3-4-4 with spaces or hyphens.
const MOBILE = /(?<![0-9A-Za-z+])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9A-Za-z])/g;

/** Cheap pre-test: both kinds need at least eleven digits. */
function hasElevenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 11) return true;
  }
  return false;
}

/** Resident IDs and mobile numbers in a text, in order of appearance. */
export function findPersonalData(text: string): PersonalDataHit[] {
  if (text.length < 11 || !hasElevenDigits(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(RESIDENT_ID)) {
    if (isResidentIdFormat(m[0].toUpperCase())) hits.push(hit('resident-id', m));
  }
  for (const m of text.matchAll(MOBILE)) {
    const inside = hits.some((h) => (m.index ?? 0) < h.end && (m.index ?? 0) + m[0].length > h.start);
    if (!inside) hits.push(hit('mobile', m));
  }
  return hits.sort((a, b) => a.start - b.start);
}

function hit(kind: PersonalDataKind, m: RegExpMatchArray): PersonalDataHit {
  const start = m.index ?? 0;
  return { kind, start, end: start + m[0].length, text: m[0] };
}

/** A mobile number keeps its first three and last four digits: 138****5678. */
export function maskMobile(text: string): string {
  const digits = text.replace(/\D/g, '').slice(-11);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** The text with every resident ID and mobile number in it masked; unchanged when there are none. */
export function maskPersonalData(text: string): string {
  const hits = findPersonalData(text);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start);
    out += h.kind === 'mobile' ? maskMobile(h.text) : maskResidentId(h.text.toUpperCase());
    at = h.end;
  }
  return out + text.slice(at);
}

/** A natural person's name in its public form: the first character kept, 李四 → 李*, 张三丰 → 张**. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}
