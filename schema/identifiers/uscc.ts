// 统一社会信用代码 (GB 32100-2015): format and check character.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// Positions 1–2 (authority, type) and 9–18 use the 31-character set; 3–8 are the GB/T 2260 region code.
const FORMAT = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** Upper-cases and strips spaces, the only harmless differences in how people type a USCC. */
export function normalizeUscc(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** True when the code has the GB 32100 shape (18 characters, allowed set, digits for the region). */
export function isUsccFormat(code: string): boolean {
  return FORMAT.test(code);
}

/** The check character the first 17 characters call for; undefined when the format is wrong. */
export function usccCheckChar(code: string): string | undefined {
  if (code.length < 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(code.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Format and checksum both correct. */
export function isValidUscc(code: string): boolean {
  return isUsccFormat(code) && usccCheckChar(code) === code.charAt(17);
}
