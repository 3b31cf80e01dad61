import { randomInt } from 'node:crypto';

// Crockford-style alphabet without 0/O, 1/I/L, U: easy to read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short receipt code (查询码) such as `K7M2-9QXP`; uniqueness is enforced by the database. */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
