#!/usr/bin/env node
// Builds the command line (`bewijskluis`, package.json `bin`) to out/cli/, as part of
// `npm run build`. tsx is a development tool (issue 10): the installed command runs plain
// JavaScript, which starts in well under the 300 ms target where tsx took 1-3 s.
//
// Invariants: one CommonJS bundle of our own code per entry; every npm package stays an
// external require() (sharp and SQLCipher are native, pdfkit reads its own data files), so
// a command that never reaches `require('sharp')` never loads it (electron/cli/main.ts loads
// each command lazily). The PDF and PDQ workers and the video decoder's host are built next to
// the CLI because their starters look for them in their own folder. The output never ships in the installer
// (electron-builder.yml `!out/cli/**`).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'out', 'cli');

async function main() {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    packages: 'external',
    // Types only: tsconfig.node.json maps better-sqlite3-multiple-ciphers to its .d.ts for
    // the type checker; the bundle must require the package itself.
    tsconfigRaw: { compilerOptions: { esModuleInterop: true, verbatimModuleSyntax: false } },
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  };
  await esbuild.build({
    ...common,
    entryPoints: { bewijskluis: path.join(root, 'electron/cli/main.ts') },
    outExtension: { '.js': '.cjs' },
    banner: { js: '#!/usr/bin/env node' },
    outdir,
  });
  // Executable, as npm makes a package's bin when it installs it.
  fs.chmodSync(path.join(outdir, 'bewijskluis.cjs'), 0o755);
  await esbuild.build({
    ...common,
    entryPoints: {
      'pdf-worker': path.join(root, 'electron/core/dossier/pdf/pdf-worker.ts'),
      'pdq-worker': path.join(root, 'electron/core/pdq/pdq-worker.ts'),
      'video-decoder-host': path.join(root, 'electron/core/media/video-decoder-host.cjs'),
    },
    outdir,
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
