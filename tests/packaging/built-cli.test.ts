/**
 * The built command line (out/cli/bewijskluis.cjs, package.json `bin`): it runs without tsx,
 * finds its fonts and its PDF worker, and each command loads only what it needs, so `verify`
 * (the police liaison's check) and `pdq` start fast (issue 10; timing: `npm run bench -- cli`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/dossier-types';
import { screenshot } from '../helpers/images';
import { ROOT } from './helpers/pack';

const CLI = join(ROOT, 'out/cli/bewijskluis.cjs');
const HOOK = join(__dirname, 'helpers/record-loaded-packages.cjs');
const PASS = 'Zomer vakantie op Texel 2026';
const HEAVY = ['sharp', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'fontkit'];

let dir = '';
let bundle = '';
let image = '';

function cli(args: string[]): { code: number | null; stdout: string; stderr: string; loaded: string[] } {
  const record = join(dir, `loaded-${Math.random().toString(36).slice(2)}.json`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(NODE_OPTIONS|NODE_PATH|VITEST.*)$/.test(k)) env[k] = v;
  Object.assign(env, { BEWIJSKLUIS_PASSPHRASE: PASS, BEWIJSKLUIS_NEW_PASSPHRASE: PASS, BK_LOADED_PACKAGES: record });
  // From a folder outside the repository: the bin must not depend on the working directory.
  const r = spawnSync(process.execPath, ['-r', HOOK, CLI, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded: JSON.parse(readFileSync(record, 'utf8')) as string[] };
}

beforeAll(async () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  expect(join(ROOT, pkg.bin.bewijskluis ?? '')).toBe(CLI);
  statSync(CLI); // run `npm run build` first
  dir = mkdtempSync(join(tmpdir(), 'bk-built-cli-'));
  image = join(dir, 'scherm.png');
  writeFileSync(image, await screenshot('gebouwd'));
  const vault = join(dir, 'kluis');
  expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
  const ref = cli(['case', 'create', '--vault', vault, '--title', 'Gebouwde CLI', '--category', 'hurtful-meme']).stdout.trim();
  expect(cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/2/', image]).code).toBe(0);
  bundle = join(dir, 'dossier.zip');
  const exp = cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', bundle, '--json']);
  expect(exp.code, exp.stderr).toBe(0);
  expect(JSON.parse(exp.stdout) as ExportResult).toMatchObject({ path: bundle, imagesEmbedded: 1 });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the built CLI (out/cli/bewijskluis.cjs)', () => {
  it('is a plain Node script: no tsx, starts with a shebang', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).not.toMatch(/require\("tsx/);
  });

  it('verify checks the bundle it exported without loading sharp, SQLCipher or pdfkit', () => {
    const r = cli(['verify', bundle]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dossier in orde');
    for (const heavy of HEAVY) expect(r.loaded, heavy).not.toContain(heavy);
    expect(r.loaded).toContain('yauzl');
  });

  it('pdq hashes a file with sharp and nothing of the vault', () => {
    const r = cli(['pdq', image]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f]{64},\d+,/);
    expect(r.loaded).toContain('sharp');
    for (const heavy of ['better-sqlite3-multiple-ciphers', 'pdfkit', 'zod']) expect(r.loaded, heavy).not.toContain(heavy);
  });
});
