import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: pure logic in src/lib and scripts, plus checks on a built dist/ (tests/build);
 * - `browser`: Chromium end-to-end and accessibility tests against the built site (tests/browser).
 * `npm test` (scripts/test.ts) runs unit, builds the site, then runs browser.
 */
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Paris' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'Europe/Paris' },
          // Some tests compare whole data sets or run the CLIs: generous, so a loaded 2-core machine does not fail them.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          env: { TZ: 'Europe/Paris' },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          env: { TZ: 'Europe/Paris' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Pages fetch their index on first use: wait for the UI, never for a fixed time.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
