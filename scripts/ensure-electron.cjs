#!/usr/bin/env node
// Runs before `npm start` and `npm run dev` (package.json prestart/predev): makes sure the
// Electron binary is on this computer before electron-vite looks for it.
//
// Why: Electron 45 no longer downloads its binary at install time (no postinstall); it does
// so on the first require('electron') from Node, which electron-vite never does. electron-vite
// 6 reads node_modules/electron/path.txt and throws "Electron uninstall" when it is missing
// (electron-vite issue #904; docs/toolchain.md "Electron"). So this runs Electron's own
// `install-electron` command once, here and not in postinstall, so that `npm install` and
// `npm ci` keep working offline.
//
// Invariants: does nothing when the binary is there (or ELECTRON_EXEC_PATH names one, which
// electron-vite then uses); on failure prints exactly two lines in plain words (what is
// missing, what to do) and exits 1, never a stack trace. `--electron-dir DIR` points it at
// another copy of the electron package (tests/electron/unit/ensure-electron.test.ts).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function electronDir(argv) {
  const i = argv.indexOf('--electron-dir');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  // package.json, not the package itself: requiring 'electron' would start the download.
  return path.dirname(require.resolve('electron/package.json'));
}

/** The check electron-vite makes (path.txt), plus that the file it names exists. */
function installedBinary(dir) {
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

/** A short cause in plain words from install-electron's error output (its stack trace). */
function cause(stderr) {
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket|network/i.test(stderr)) {
    return 'there is no connection to its download server';
  }
  if (/HTTPError|Response code \d+/.test(stderr)) return 'the download server did not have it';
  if (/checksum|sha256/i.test(stderr)) return 'the downloaded file was damaged';
  if (/ENOSPC/.test(stderr)) return 'the disk is full';
  if (/EACCES|EPERM/.test(stderr)) return 'node_modules/electron cannot be written to';
  return 'the download failed';
}

function fail(version, why) {
  process.stderr.write(
    `Electron ${version} is not installed yet and could not be downloaded: ${why}.\n` +
      'Connect this computer to the internet and run the same command again (behind a proxy or mirror: set ELECTRON_MIRROR).\n',
  );
  process.exit(1);
}

function main() {
  if (process.env.ELECTRON_EXEC_PATH && fs.existsSync(process.env.ELECTRON_EXEC_PATH)) return;
  const dir = electronDir(process.argv.slice(2));
  if (installedBinary(dir)) return;
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const installer = path.join(dir, pkg.bin['install-electron']);
  process.stdout.write(`Downloading Electron ${pkg.version} for this computer (once, about 100 MB)...\n`);
  // stdout passes through; stderr is kept back, because install-electron prints its error's
  // stack there. BEWIJSKLUIS_DEBUG=1 shows it after the two lines.
  const child = spawn(process.execPath, [installer], { cwd: dir, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  child.on('error', () => fail(pkg.version, 'its installer could not be started'));
  child.on('close', (code) => {
    if (code === 0 && installedBinary(dir)) return;
    if (process.env.BEWIJSKLUIS_DEBUG) process.on('exit', () => process.stderr.write(stderr));
    fail(pkg.version, cause(stderr));
  });
}

main();
