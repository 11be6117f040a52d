import { defineConfig } from 'vitest/config';

// Tests of what `npm run build` and electron-builder produce (tests/packaging): they run after
// the build in `npm test` (`npm run test:packaging`), never on stale or missing output.
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    // Each worker gets its own temp folder (issue 20).
    setupFiles: ['tests/setup/private-tmp.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One at a time: electron-builder and the PDF renders each keep a core busy.
    fileParallelism: false,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which only a
    // bundler accepts: let vite transform it (tests/packaging/release-workflow.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest-packaging.json' }]],
  },
});
