import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult, VerifyReport } from '../../shared/dossier-types';
import { PASS, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';
import { rewriteZip } from '../helpers/zip';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';

const ROOT = join(__dirname, '..', '..');
const cli = (args: string[], env: Record<string, string> = { BEWIJSKLUIS_PASSPHRASE: PASS }) => {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('CLI: export and verify', { timeout: 240_000 }, () => {
  it('exports a police dossier, verifies it without a vault, names a tampered file, and never overwrites without --force', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Meme', '--category', 'hurtful-meme']).stdout.trim();
    const img = join(dir, 'a.png');
    await fs.writeFile(img, await screenshot('export'));
    cli(['evidence', 'add', '--vault', vault, '--case', ref, '--url', 'https://www.instagram.com/p/1/', img]);
    const out = join(dir, 'dossier.zip');
    const exp = cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'en', '--out', out, '--recipient', 'Politie Utrecht', '--json']);
    expect(exp.code, exp.stderr).toBe(0);
    const r = JSON.parse(exp.stdout) as ExportResult;
    expect(r).toMatchObject({ path: out, imagesEmbedded: 1 });

    const ok = cli(['verify', out, '--json'], {});
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as VerifyReport).manifestSha256).toBe(r.manifestSha256);
    expect(cli(['verify', out], {}).stdout).toContain('Dossier in orde');

    const bad = join(dir, 'bad.zip');
    await rewriteZip(out, bad, (n, d) => (n === 'dossier.pdf' ? Buffer.concat([d, Buffer.from('x')]) : d));
    const failed = cli(['verify', bad, '--lang', 'en'], {});
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('NOT intact');
    expect(failed.stdout).toMatch(/ALTERED\s+dossier\.pdf/);

    // A wrong path or a file that is no bundle: exit 1 and words that say what is wrong.
    const missing = cli(['verify', join(dir, 'bestaat-niet.zip')], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Dit bestand of deze map bestaat niet (meer).');
    await fs.writeFile(join(dir, 'notitie.zip'), 'geen zip');
    const notZip = cli(['verify', join(dir, 'notitie.zip'), '--lang', 'en'], {});
    expect(notZip.code).toBe(1);
    expect(notZip.stderr).toContain('This file is not a Bewijskluis dossier');

    const again = cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[CONFLICT]');
    expect(cli(['export', '--vault', vault, '--case', ref, '--profile', 'coordinator', '--lang', 'nl', '--out', out, '--force']).code).toBe(0);
  });
});
