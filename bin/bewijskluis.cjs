#!/usr/bin/env node
// The package's `bewijskluis` command: runs the TypeScript CLI through tsx's CommonJS hook,
// so it works from a clone right after `npm install`, without a build step.
require('tsx/cjs');
require('../electron/cli/main.ts');
