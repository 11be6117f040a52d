// `npm run licenses` (scripts/third-party-licenses.cjs, run by `npm run dist`): the licence
// tool gathers the licence of every production dependency into the file the installer ships.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/pack';

let dir = '';
let text = '';
let sections: string[] = [];

/** The section that lists `name` (sections are separated by a line of '='). */
const sectionOf = (name: string) => sections.find((s) => new RegExp(`^- ${name.replace(/[/.]/g, '\\$&')}@\\d`, 'm').test(s)) ?? '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bk-licences-'));
  const out = join(dir, 'THIRD-PARTY-LICENSES.txt');
  execFileSync(process.execPath, [join(ROOT, 'scripts/third-party-licenses.cjs'), '--out', out], { cwd: ROOT });
  text = readFileSync(out, 'utf8');
  sections = text.split(/\n={78}\n/);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('third-party licences for the installer', () => {
  it('names the app licence first', () => {
    expect(sections[0]).toContain('licensed under the EUPL-1.2');
  });

  it('lists sharp with the Apache 2.0 licence and zod with the MIT licence, with their texts', () => {
    expect(sectionOf('sharp')).toContain('Apache License');
    expect(sectionOf('sharp')).toContain('Version 2.0, January 2004');
    expect(sectionOf('zod')).toMatch(/MIT License[\s\S]*Permission is hereby granted/);
    for (const dep of ['better-sqlite3-multiple-ciphers', 'pdfkit', 'yauzl', 'yazl']) expect(sectionOf(dep), dep).not.toBe('');
  });

  it('gives libvips (only an SPDX id in its package) the full LGPL and GPL texts and its bundled libraries', () => {
    const libvips = sections.find((s) => /^- @img\/sharp-libvips-/m.test(s)) ?? '';
    expect(libvips).toContain('Licence: LGPL-3.0-or-later');
    expect(libvips).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
    expect(libvips).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(libvips).toMatch(/\| libvips\s+\| LGPLv3/);
  });

  it('includes the shipped DejaVu fonts, and no development tool', () => {
    expect(text).toContain('DejaVu fonts');
    for (const dev of ['vitest', 'electron', 'electron-builder', 'tsx', 'esbuild', 'typescript', 'react']) expect(sectionOf(dev), dev).toBe('');
  });
});
