#!/usr/bin/env node
// `npm run licenses` (part of `npm run dist`): gathers the licences of everything the
// installer ships besides our own code into dist/THIRD-PARTY-LICENSES.txt, which
// electron-builder puts next to the app (electron-builder.yml extraResources). Run on each
// OS at dist time: sharp's prebuilt binaries (@img/*) are per platform.
//
// The production dependency tree and each package's licence text come from the licence tool
// generate-license-file (npm registry, ISC). Where a package ships no licence file and the
// tool only has its SPDX identifier (e.g. @img/sharp-libvips-*, LGPL-3.0-or-later), the full
// licence text is added from spdx-license-list (CC0-1.0), together with the package README's
// "Licensing" section, which for libvips names the licence of each bundled library. The
// DejaVu fonts (extraResources) are added with their own licence file. Electron's and
// Chromium's licences are placed by electron-builder itself (LICENSE.electron.txt,
// LICENSES.chromium.html).
//
// Usage: node scripts/third-party-licenses.cjs [--out FILE] [--package DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

/** A licence body that is only an SPDX expression, e.g. "LGPL-3.0-or-later" or "(MIT OR Apache-2.0)". */
function bareSpdx(content) {
  const text = content.trim();
  return /^[()A-Za-z0-9.+\- ]{2,80}$/.test(text) && !/\n/.test(text) ? text : null;
}

function fullTexts(expression) {
  const spdx = require('spdx-license-list/full');
  const ids = expression.replace(/[()]/g, ' ').split(/\s+/).filter((w) => w && !/^(AND|OR|WITH)$/.test(w));
  // The LGPL v3 is the GPL v3 plus additional permissions: its text is only complete with it.
  if (ids.some((id) => id.startsWith('LGPL-3.0'))) ids.push('GPL-3.0-only');
  return ids.filter((id) => spdx[id]).map((id) => `${spdx[id].name} (${id})\n\n${spdx[id].licenseText.replace(/\r\n/g, '\n').trim()}`);
}

/** The "Licensing" section of a package's README, when it has one. */
function readmeLicensing(pkgDir) {
  const readme = path.join(pkgDir, 'README.md');
  if (!fs.existsSync(readme)) return null;
  const text = fs.readFileSync(readme, 'utf8').replace(/\r\n/g, '\n');
  const m = /^(#{1,6})\s*Licen[cs]ing\s*$/im.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const next = new RegExp(`^#{1,${m[1].length}}\\s`, 'm').exec(rest);
  return (next ? rest.slice(0, next.index) : rest).trim();
}

/** "@img/sharp-libvips-linux-x64@1.3.4" -> its folder in node_modules. */
function packageDir(pkgRoot, dependency) {
  const name = dependency.replace(/@[^@/]+$/, '');
  return path.join(pkgRoot, 'node_modules', ...name.split('/'));
}

async function main() {
  const out = arg('--out', path.join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'));
  const pkgRoot = arg('--package', root);
  const { getProjectLicenses } = require('generate-license-file');
  const licenses = await getProjectLicenses(path.join(pkgRoot, 'package.json'));
  const own = JSON.parse(fs.readFileSync(path.join(pkgRoot, 'package.json'), 'utf8'));

  const sections = licenses
    .map((l) => ({ ...l, dependencies: [...l.dependencies].sort() }))
    .sort((a, b) => a.dependencies[0].localeCompare(b.dependencies[0]))
    .map((l) => {
      const parts = [`${l.dependencies.map((d) => `- ${d}`).join('\n')}`];
      const expression = bareSpdx(l.content);
      if (expression) {
        parts.push(`Licence: ${expression}`);
        for (const dep of l.dependencies) {
          const licensing = readmeLicensing(packageDir(pkgRoot, dep));
          if (licensing) parts.push(`From the README of ${dep}:\n\n${licensing}`);
        }
        parts.push(...fullTexts(expression));
      } else {
        parts.push(l.content.replace(/\r\n/g, '\n').trim());
      }
      for (const notice of l.notices ?? []) parts.push(notice.replace(/\r\n/g, '\n').trim());
      return parts.join('\n\n');
    });

  const fontsLicence = path.join(root, 'resources', 'fonts', 'LICENSE-DejaVu.txt');
  if (fs.existsSync(fontsLicence)) {
    sections.push(`- DejaVu fonts (resources/fonts: DejaVuSans, DejaVuSans-Bold, DejaVuSansMono), embedded in every dossier PDF\n\n${fs.readFileSync(fontsLicence, 'utf8').replace(/\r\n/g, '\n').trim()}`);
  }

  // The video decoder (docs/decisions/0011-video-decoder.md): the GPL asks that whoever passes
  // the binary on says what it is built from and where its complete source is.
  const ffmpegCore = path.join(pkgRoot, 'node_modules', '@ffmpeg', 'core', 'package.json');
  if (fs.existsSync(ffmpegCore)) {
    const v = JSON.parse(fs.readFileSync(ffmpegCore, 'utf8')).version;
    sections.push([
      `- FFmpeg as WebAssembly (@ffmpeg/core ${v}, node_modules/@ffmpeg/core), run as the separate video decoder program`,
      '',
      'Built by the ffmpeg.wasm project from FFmpeg 5.1 with --enable-gpl and x264, x265, libvpx, libmp3lame,',
      'libtheora, libvorbis, libopus, zlib, libwebp, freetype, fribidi, libass and zimg. This build as a whole is',
      'licensed under the GNU General Public License, version 2 or later (text above, under @ffmpeg/core).',
      'Bewijskluis runs it as a separate program that it talks to through a pipe; Bewijskluis itself stays under',
      'the EUPL-1.2. Corresponding source: the ffmpeg.wasm repository at tag v0.12.10 (github.com/ffmpegwasm/ffmpeg.wasm,',
      'its build/ folder names each library and version), FFmpeg at ffmpeg.org. On request the Bewijskluis',
      'maintainers send the complete corresponding source of the shipped build, for three years after each release.',
    ].join('\n'));
  }

  const header = [
    `Third-party software in ${own.productName ?? 'Bewijskluis'} ${own.version}`,
    '',
    `Bewijskluis itself is licensed under the ${own.license} (see LICENSE.txt). It includes the`,
    'following packages and files, each under its own licence, reproduced below. Electron and',
    'Chromium: see LICENSE.electron.txt and LICENSES.chromium.html beside the program.',
    `Gathered with generate-license-file for ${process.platform}-${process.arch}.`,
  ].join('\n');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, [header, ...sections].join(`\n\n${'='.repeat(78)}\n\n`) + '\n');
  console.log(`${sections.length} licence sections written to ${path.relative(process.cwd(), out) || out}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
