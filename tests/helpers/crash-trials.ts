/**
 * Crash trials (issue 12 "Tests that must exist"): an import, an export or a backup, run in a
 * child process and killed with SIGKILL at a random moment; after each kill the vault is
 * unlocked (which sweeps the journal's leftovers) and must pass `vault check`, hold every item
 * the child reported as stored, and the target folder must hold nothing or a complete file
 * that verifies — never a half-written (plaintext) one. Used by tests/core/crash-trials.test.ts
 * (10 trials) and by `npm run bench -- crash --trials 100`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { verifyBackup } from '../../electron/core/backup/restore-backup';
import { verifyBundle } from '../../electron/core/dossier/verify';
import { screenshot } from './images';

export const CRASH_PASS = 'Zomer vakantie op Texel 2026';
const ROOT = join(__dirname, '..', '..');
const KDF = { N: 2 ** 14, r: 8, p: 1 };
const FONT_DIR = join(ROOT, 'resources/fonts');
const OPS = ['import', 'export', 'backup'] as const;
export type Op = (typeof OPS)[number];

export interface TrialResult {
  op: Op;
  killedAfterLines: number;
  storedReported: number;
  itemsAfter: number;
  outputs: string[];
  ok: boolean;
  problems: string[];
}

/** A seeded generator, so a failing run can be repeated (the seed is in the result). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function runAndKill(args: string[], killAfterLines: number, extraMs: number): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/crash-worker.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: CRASH_PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    let armed = false;
    const kill = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), extraMs);
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      for (const l of parts) {
        lines.push(l);
        // Counted from 'ready' (the unlock is done): the kill lands inside the operation.
        if (lines.length - 1 >= killAfterLines && lines[0] === 'ready') kill();
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ lines, killed: signal === 'SIGKILL' });
      else reject(new Error(`crash worker failed (code ${code}): ${stderr}`));
    });
  });
}

/**
 * `freshFiles`: every import trial gets images never imported before, so each one stores (and
 * is killed while storing) instead of finding the earlier trials' files as duplicates.
 */
export async function runCrashTrials(opts: { trials: number; seed?: number; workDir: string; images?: number; ops?: readonly Op[]; freshFiles?: boolean }): Promise<{ seed: number; results: TrialResult[] }> {
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = rng(seed);
  const vaultDir = join(opts.workDir, 'vault');
  const filesDir = join(opts.workDir, 'files');
  mkdirSync(filesDir, { recursive: true });
  for (let i = 0; i < (opts.images ?? 8); i++) writeFileSync(join(filesDir, `scherm-${String(i).padStart(2, '0')}.png`), await screenshot(`crash ${i}`, { hue: (i * 47) % 360 }));

  const setup = createCore({ vaultDir, kdf: KDF, fontDir: FONT_DIR });
  await setup.handlers['vault:create']({ passphrase: CRASH_PASS, ownerName: 'Crash-test' }, { transport: 'test' });
  const c = await setup.handlers['case:create']({ title: 'Crashproef', category: 'hurtful-meme' }, { transport: 'test' });
  await setup.close();

  const results: TrialResult[] = [];
  let itemsBefore = 0;
  for (let t = 0; t < opts.trials; t++) {
    const ops = opts.ops ?? OPS;
    const op = ops[Math.floor(random() * ops.length)]!;
    const outDir = mkdtempSync(join(opts.workDir, `out-${t}-`));
    const killAfterLines = Math.floor(random() * (op === 'import' ? (opts.images ?? 8) : 4));
    const extraMs = Math.floor(random() * 40);
    let importDir = filesDir;
    if (op === 'import' && opts.freshFiles) {
      importDir = mkdtempSync(join(opts.workDir, `files-${t}-`));
      for (let i = 0; i < (opts.images ?? 8); i++) writeFileSync(join(importDir, `scherm-${String(i).padStart(2, '0')}.png`), await screenshot(`proef ${t} beeld ${i}`, { hue: (t * 53 + i * 47) % 360 }));
    }
    const { lines } = await runAndKill([op, vaultDir, op === 'import' ? importDir : outDir, c.id], killAfterLines, extraMs);
    const storedReported = lines.filter((l) => l === 'stored').length;

    const core = createCore({ vaultDir, kdf: KDF, fontDir: FONT_DIR });
    const problems: string[] = [];
    let itemsAfter = 0;
    try {
      await core.handlers['vault:unlock']({ passphrase: CRASH_PASS }, { transport: 'test' });
      const report = await core.handlers['vault:check']({}, { transport: 'test' });
      for (const i of report.items) for (const p of i.problems) problems.push(`check ${i.name}: ${p}`);
      itemsAfter = (await core.handlers['evidence:list']({ caseId: c.id }, { transport: 'test' })).length;
      // Every file reported stored is a new item that survived the kill.
      if (op === 'import' && itemsAfter - itemsBefore < storedReported) problems.push(`${storedReported} stored were reported, ${itemsAfter - itemsBefore} new items are there`);
      const pending = core.session().db.prepare('SELECT count(*) AS n FROM pending_files').get() as { n: number };
      if (pending.n !== 0) problems.push(`${pending.n} journal entries left after unlock`);
    } catch (err) {
      problems.push(`unlock failed: ${(err as Error).message}`);
    } finally {
      await core.close();
    }
    const outputs = readdirSync(outDir).sort();
    for (const f of outputs) {
      if (f === 'dossier.zip') {
        const v = await verifyBundle(join(outDir, f)).catch((e: Error) => ({ ok: false, problems: [e.message] }));
        if (!v.ok) problems.push(`a dossier.zip that does not verify was left`);
      } else if (f === 'kluis.bkbackup') {
        await verifyBackup(join(outDir, f), { passphrase: CRASH_PASS }).catch(() => problems.push('a backup that does not verify was left'));
      } else problems.push(`a leftover in the target folder: ${f}`);
    }
    results.push({ op, killedAfterLines: killAfterLines, storedReported, itemsAfter, outputs, ok: problems.length === 0, problems });
    itemsBefore = itemsAfter;
  }
  return { seed, results };
}
