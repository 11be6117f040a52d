import { defineConfig } from '@playwright/test';

// The Electron smoke test (tests/electron/smoke.spec.ts). It launches the real app, so it
// skips itself on machines without the Electron binary (docs/toolchain.md "Electron").
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright-electron.json' }]],
  outputDir: 'test-results/electron',
});
