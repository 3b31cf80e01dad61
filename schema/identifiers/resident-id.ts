// 公民身份号码 (GB 11643-1999): 18 characters, birth date at 7–14, ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const FORMAT = /^[1-9]\d{5}(18|19|20)\d{2}\d{2}\d{2}\d{3}[\dX]$/;
const PROVINCES = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;

export function normalizeResidentId(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The legacy 15-digit first-generation number (invalid since 2013; see residentId()). */
export function isLegacyResidentId(text: string): boolean {
  return /^[1-9]\d{14}$/.test(text);
}

export function residentIdCheckChar(id: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** 18 characters, a plausible province prefix and a real calendar birth date. */
export function isResidentIdFormat(id: string): boolean {
  if (!FORMAT.test(id) || !PROVINCES.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isValidResidentId(id: string): boolean {
  return isResidentIdFormat(id) && residentIdCheckChar(id) === id.charAt(17);
}

/** Public form: region prefix and last four kept, e.g. 1101**********002X. */
export function maskResidentId(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
