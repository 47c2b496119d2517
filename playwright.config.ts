import { defineConfig } from '@playwright/test';

const port = Number(process.env.DEMO_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: true,
  webServer: {
    command: 'npx tsx tests/demo/server.ts',
    url: `http://127.0.0.1:${port}/`,
    env: { DEMO_PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
