// Prints one closing line over every test runner of `npm test` ("Tests: N passed, N failed,
// N skipped"), read from the JSON reports vitest and Playwright write to test-reports/.
// Exits 1 when a report is missing or anything failed, so the line can never hide a failure.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'test-reports');
const reports = [
  { file: 'vitest.json', kind: 'vitest' },
  { file: 'vitest-packaging.json', kind: 'vitest' },
  { file: 'playwright-e2e.json', kind: 'playwright' },
  { file: 'playwright-electron.json', kind: 'playwright' },
];
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

function walkPlaywright(suite) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'skipped') skipped++;
      else if (t.status === 'expected' || t.status === 'flaky') passed++;
      else failed++;
    }
  }
  for (const s of suite.suites ?? []) walkPlaywright(s);
}

for (const r of reports) {
  const file = path.join(dir, r.file);
  if (!fs.existsSync(file)) {
    console.error(`missing test report: ${r.file}`);
    missing++;
    continue;
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (r.kind === 'vitest') {
    passed += data.numPassedTests;
    failed += data.numFailedTests;
    skipped += data.numPendingTests + (data.numTodoTests ?? 0);
  } else {
    for (const s of data.suites ?? []) walkPlaywright(s);
    failed += (data.errors ?? []).length;
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
