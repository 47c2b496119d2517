import { defineConfig } from '@playwright/test';

const port = Number(process.env.DEMO_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  // On a loaded 2-core CI machine a Chromium navigation very occasionally never reports "load";
  // such a test is run once more and reported as flaky, never hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // The sidebar says ready once its first findings are drawn, in a dozen frames after the page
  // loads (components/sidebar/usePanelsInFrames.tsx); on a 2-core machine busy with other work
  // those frames can be most of a second apart.
  expect: { timeout: 20_000 },
  use: { navigationTimeout: 20_000 },
  reporter: [['list']],
  forbidOnly: true,
  webServer: {
    command: 'npx tsx tests/demo/server.ts',
    url: `http://127.0.0.1:${port}/`,
    env: { DEMO_PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
