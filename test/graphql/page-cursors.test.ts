import { describe, expect, test } from 'vitest';
import { toPage } from '../../src/graphql/types/connection.js';

describe('a page encodes each cursor when it is first read', () => {
  const rows = [1, 2, 3, 4];
  const page = () => {
    const encoded: number[] = [];
    const result = toPage(rows, 3, 0, (n) => {
      encoded.push(n);
      return `c${n}`;
    });
    return { result, encoded };
  };

  test('the end cursor alone encodes one node', () => {
    const { result, encoded } = page();
    expect(result.nodes).toEqual([1, 2, 3]);
    expect(result.hasNextPage).toBe(true);
    expect(result.cursors.at(-1)).toBe('c3');
    expect(encoded).toEqual([3]);
  });

  test('indexing, map and spreading see every cursor, each encoded once', () => {
    const { result, encoded } = page();
    expect(result.cursors[0]).toBe('c1');
    expect(result.cursors.map((c) => c.toUpperCase())).toEqual(['C1', 'C2', 'C3']);
    expect([...result.cursors]).toEqual(['c1', 'c2', 'c3']);
    expect(result.cursors).toHaveLength(3);
    expect(result.cursors[3]).toBeUndefined();
    expect(encoded.sort()).toEqual([1, 2, 3]);
  });
});
