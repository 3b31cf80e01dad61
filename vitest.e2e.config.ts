import { defineConfig } from 'vitest/config';

// Browser tests (Playwright + Debian's Chromium): `npm run test:e2e`, kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
