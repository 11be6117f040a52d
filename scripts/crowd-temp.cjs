#!/usr/bin/env node
// CI guard for issue 20: fills a throw-away folder in the machine's temp directory with
// 100,000 small files (in 100 sub-folders, like a checkout's node_modules), so that every
// CI run proves the test suite does not walk the shared temp folder. Prints the folder;
// .ci/run removes it when the run ends.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const total = Number(process.argv[2] ?? 100_000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-ci-crowd-'));
const perFolder = 1000;
for (let i = 0; i < total; i++) {
  const dir = path.join(root, `pkg-${Math.floor(i / perFolder)}`);
  if (i % perFolder === 0) fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, `file-${i}.js`), `module.exports = ${i};\n`);
}
process.stdout.write(`${root}\n`);
