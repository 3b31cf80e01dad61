import { Big } from './decimal.js';

/**
 * Exact decimals for the row rules, fast. A value is `units / 10^scale` with `units` a safe
 * integer, which covers every amount a spreadsheet holds (15 significant digits); arithmetic stays
 * in plain numbers while every intermediate result is a safe integer, and falls back to big.js
 * when one is not. Rules run about ten decimal operations per row: with big.js alone they were
 * the largest cost of validating a file (allocating digit arrays for every value), this keeps the
 * same exactness without it. A property test compares every operation with big.js.
 */
export type DecimalLike = Exact | string | number;

const MAX_SCALE = 15;
const POW10: number[] = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);

function isSafe(n: number): boolean {
  return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER;
}

export class Exact {
  /** `units` is NaN when the value only exists as `big` (it did not fit a safe integer). */
  private constructor(
    private readonly units: number,
    private readonly scale: number,
    private big?: Big,
  ) {}

  /**
   * A plain decimal (`-?\d+(\.\d+)?`, what field types store), undefined for any other text.
   * Parses with one pass over the characters: no regex, no substring.
   */
  static parse(text: string): Exact | undefined {
    const n = text.length;
    const negative = text.charCodeAt(0) === 45;
    let at = negative ? 1 : 0;
    let units = 0;
    let scale = 0;
    let digits = 0;
    let point = -1;
    for (; at < n; at++) {
      const c = text.charCodeAt(at);
      if (c === 46 && point < 0 && digits > 0 && at < n - 1) {
        point = at;
        continue;
      }
      if (c < 48 || c > 57) return undefined;
      units = units * 10 + (c - 48);
      digits++;
      if (point >= 0) scale++;
    }
    if (digits === 0) return undefined;
    if (!isSafe(units) || scale > MAX_SCALE) return new Exact(Number.NaN, 0, new Big(text));
    return new Exact(negative ? -units : units, scale);
  }

  static from(value: DecimalLike): Exact {
    if (value instanceof Exact) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return new Exact(value, 0);
    const text = String(value);
    return Exact.parse(text) ?? Exact.fromBig(new Big(text));
  }

  static fromBig(value: Big): Exact {
    return Exact.parse(value.toFixed()) ?? new Exact(Number.NaN, 0, value);
  }

  private get exact(): boolean {
    return !Number.isNaN(this.units);
  }

  toBig(): Big {
    this.big ??= new Big(this.units).div(POW10[this.scale] ?? 1);
    return this.big;
  }

  /** Both values' units at a common scale, or undefined when that would leave the safe range. */
  private aligned(other: Exact): [number, number, number] | undefined {
    if (!this.exact || !other.exact) return undefined;
    if (this.scale === other.scale) return [this.units, other.units, this.scale];
    const scale = Math.max(this.scale, other.scale);
    const a = this.units * (POW10[scale - this.scale] ?? Number.NaN);
    const b = other.units * (POW10[scale - other.scale] ?? Number.NaN);
    return isSafe(a) && isSafe(b) ? [a, b, scale] : undefined;
  }

  private static result(units: number, scale: number, slow: () => Big): Exact {
    return isSafe(units) && scale <= MAX_SCALE ? new Exact(units, scale) : Exact.fromBig(slow());
  }

  plus(value: DecimalLike): Exact {
    const other = Exact.from(value);
    const pair = this.aligned(other);
    if (!pair) return Exact.fromBig(this.toBig().plus(other.toBig()));
    return Exact.result(pair[0] + pair[1], pair[2], () => this.toBig().plus(other.toBig()));
  }

  minus(value: DecimalLike): Exact {
    const other = Exact.from(value);
    const pair = this.aligned(other);
    if (!pair) return Exact.fromBig(this.toBig().minus(other.toBig()));
    return Exact.result(pair[0] - pair[1], pair[2], () => this.toBig().minus(other.toBig()));
  }

  times(value: DecimalLike): Exact {
    const other = Exact.from(value);
    const slow = () => this.toBig().times(other.toBig());
    if (!this.exact || !other.exact) return Exact.fromBig(slow());
    return Exact.result(this.units * other.units, this.scale + other.scale, slow);
  }

  abs(): Exact {
    if (!this.exact) return Exact.fromBig(this.toBig().abs());
    return this.units < 0 ? new Exact(-this.units, this.scale) : this;
  }

  /** -1, 0 or 1, like big.js's cmp. */
  cmp(value: DecimalLike): number {
    const other = Exact.from(value);
    const pair = this.aligned(other);
    if (!pair) return this.toBig().cmp(other.toBig());
    return pair[0] < pair[1] ? -1 : pair[0] > pair[1] ? 1 : 0;
  }

  eq(value: DecimalLike): boolean {
    return this.cmp(value) === 0;
  }
  lt(value: DecimalLike): boolean {
    return this.cmp(value) < 0;
  }
  lte(value: DecimalLike): boolean {
    return this.cmp(value) <= 0;
  }
  gt(value: DecimalLike): boolean {
    return this.cmp(value) > 0;
  }
  gte(value: DecimalLike): boolean {
    return this.cmp(value) >= 0;
  }

  /** Canonical form: plain digits, no trailing zeros after the point, never '-0'. */
  toString(): string {
    if (!this.exact) {
      const text = this.toBig().toFixed();
      return text === '-0' ? '0' : text;
    }
    let units = this.units;
    let scale = this.scale;
    while (scale > 0 && units % 10 === 0) {
      units /= 10;
      scale--;
    }
    if (units === 0) return '0';
    if (scale === 0) return String(units);
    const digits = String(Math.abs(units)).padStart(scale + 1, '0');
    const cut = digits.length - scale;
    return `${units < 0 ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
  }
}
