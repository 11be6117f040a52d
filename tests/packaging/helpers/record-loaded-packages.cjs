// Preloaded with `node -r` into a CLI run: when the process ends, writes the npm packages it
// loaded (from the require cache) to the file named by BK_LOADED_PACKAGES, so a test can tell
// which heavy modules a command pulled in (tests/packaging/built-cli.test.ts).
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const parts = file.split(/[\\/]node_modules[\\/]/);
    if (parts.length < 2) continue;
    const [first, second] = parts[parts.length - 1].split(/[\\/]/);
    names.add(first.startsWith('@') ? `${first}/${second}` : first);
  }
  fs.writeFileSync(process.env.BK_LOADED_PACKAGES, JSON.stringify([...names].sort()));
});
