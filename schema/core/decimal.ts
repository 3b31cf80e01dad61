import BigImport from 'big.js';

/**
 * Exact decimal arithmetic for money and ratios. Spreadsheet amounts are never floats in Sunshine:
 * they travel as canonical decimal strings and are computed with big.js.
 */
// big.js ships CommonJS; under NodeNext its default export is the constructor.
export const Big = BigImport;
export type Big = BigImport.Big;

// Never switch to exponent notation: canonical strings must stay plain digits for storage and display.
Big.NE = -40;
Big.PE = 60;

/** Canonical string of a decimal: no exponent, no trailing zeros after the point, '-0' as '0'. */
export function canonicalDecimal(value: Big | { toString(): string }): string {
  const text = value.toString();
  return text === '-0' ? '0' : text;
}

/** Parses a canonical decimal string produced by a field type. Throws on anything else (a bug). */
export function decimal(value: string): Big {
  return new Big(value);
}
