#!/usr/bin/env node
// `npm run icons`: renders every app icon from resources/icon.svg with sharp (a dependency
// already): the Linux PNG set (resources/icons/NxN.png, window and taskbar icon too), the
// Windows icon (resources/icon.ico, for the exe, the taskbar and the NSIS installer) and the
// macOS icon (resources/icon.icns). The outputs are committed; run this again after
// changing the SVG. electron-builder finds them through electron-builder.yml.
//
// Formats: ICO with PNG-compressed entries (supported since Windows Vista; electron-builder
// requires a 256x256 entry), ICNS with PNG entries of the types Apple lists for 16-1024 px.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const sharp = require('sharp');

const root = path.join(__dirname, '..');
const res = path.join(root, 'resources');
const svg = fs.readFileSync(path.join(res, 'icon.svg'));

const PNG_SET = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types with PNG payloads, by pixel size (Apple "Icon Services" types).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** Deterministic PNG bytes (no timestamps in the output, so a re-run changes nothing). */
function render(size) {
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt8(0, e + 2); // no palette
    header.writeUInt8(0, e + 3);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function main() {
  const bySize = new Map();
  for (const size of new Set([...PNG_SET, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) bySize.set(size, await render(size));
  fs.mkdirSync(path.join(res, 'icons'), { recursive: true });
  for (const size of PNG_SET) fs.writeFileSync(path.join(res, 'icons', `${size}x${size}.png`), bySize.get(size));
  fs.writeFileSync(path.join(res, 'icon.png'), bySize.get(512));
  fs.writeFileSync(path.join(res, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, data: bySize.get(size) }))));
  fs.writeFileSync(path.join(res, 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => ({ type, data: bySize.get(size) }))));
  console.log(`icons written to ${path.relative(root, res)}/ (icons/, icon.png, icon.ico, icon.icns)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
