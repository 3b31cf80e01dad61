import { describe, expect, test } from 'vitest';
import { EnvError, parseEnv } from '../../src/env.js';

describe('configuration', () => {
  test('defaults run the embedded database on port 4000', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 4000, DATA_DIR: './data', NODE_ENV: 'development' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  test.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL: must be a postgres:// or postgresql:// URL'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET: must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'AUTH_SECRET: is required when NODE_ENV=production'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('%o is refused with a message naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  test('every bad variable is reported at once', () => {
    expect(() => parseEnv({ PORT: '-1', DATABASE_URL: 'x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
