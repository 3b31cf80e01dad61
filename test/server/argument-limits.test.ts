import { File as ServerFile } from '@whatwg-node/fetch';
import { describe, expect, test } from 'vitest';
import { firstTooLong, limitFor } from '../../src/server/plugins/argument-limits.js';

describe('string limits on arguments leave an uploaded file’s bytes alone', () => {
  // 32 MB: walking it byte by byte (as a plain object) takes seconds and gigabytes.
  const bytes = new Uint8Array(32 * 2 ** 20).fill(0x41);

  test.each([
    ['the server’s multipart File', () => new ServerFile([bytes], 'a.csv')],
    ['a Node File', () => new File([bytes], 'a.csv')],
    ['bare bytes', () => bytes],
  ])('%s is passed in well under a second', (_name, make) => {
    const value = make();
    const started = performance.now();
    expect(firstTooLong('file', value)).toBeUndefined();
    expect(firstTooLong('input', { file: value, note: 'ok' })).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });

  test('a file name over the limit is still refused, at its path', () => {
    const file = new ServerFile([bytes.subarray(0, 10)], `${'名'.repeat(limitFor('name') + 1)}.csv`);
    expect(firstTooLong('file', file)).toEqual({ path: 'file.name', max: limitFor('name') });
  });

  test('strings beside a file are still checked', () => {
    const value = { file: new ServerFile([bytes.subarray(0, 10)], 'a.csv'), note: 'x'.repeat(2001) };
    expect(firstTooLong('input', value)).toEqual({ path: 'input.note', max: limitFor('note') });
  });
});
