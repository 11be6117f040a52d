/**
 * Browser e2e tests of the renderer over the HTTP bridge (docs/toolchain.md "Browser tests").
 * Playwright cannot download its own browser here: Debian's chromium is used instead.
 * The tests need a built renderer in out/renderer (`npm run build` runs before `test:e2e`).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // One preview server per spec file and serial flows inside a file: keep it to one worker.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous: a full flow (vault creation with real scrypt, imports, PDF export) on a slow 2-core CI machine.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright-e2e.json' }]],
  use: {
    browserName: 'chromium',
    // The machine's language and time zone never leak into a test (issue 20).
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
});
