import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Tests of the entry points register listeners on the one fake browser and keep what they set up
 * in their modules, so each of their files runs in a fresh module registry. Every other test
 * file (the pure core, views, settings, database) shares one: setting up a registry per file cost
 * more than the tests themselves.
 */
const ISOLATED = ['tests/unit/entrypoints/**/*.test.{ts,tsx}', 'tests/unit/messages.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    restoreMocks: true,
    // generous: CI runs on a busy 2-core machine, where a whole-page test may take seconds
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED },
      },
    ],
  },
});
