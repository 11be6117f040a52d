import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/docs/**/*.test.ts'],
    environment: 'node',
    // Each worker gets its own temp folder before any test module loads (issue 20).
    setupFiles: ['tests/setup/private-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest.json' }]],
  },
});
