import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

test('the README links the operations guide, which exists and covers what an operator configures', () => {
  expect(read('README.md')).toContain('](docs/operations.md)');
  expect(existsSync(path.join(ROOT, 'docs/operations.md'))).toBe(true);
  const guide = read('docs/operations.md');
  // Every operational variable of .env.example that the guide is about.
  for (const variable of [
    'DATABASE_URL',
    'DATABASE_READ_URL',
    'SHUTDOWN_GRACE_MS',
    'METRICS_TOKEN',
    'SCHEDULE_CHECK_SECONDS',
    'DELIVERY_EXPIRE_SECONDS',
  ]) {
    expect(read('.env.example'), variable).toContain(variable);
    expect(guide, variable).toContain(variable);
  }
});
