import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult, VerifyReport } from '../../shared/dossier-types';
import { PASS, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';
import { rewriteZip, writeRawZip } from '../helpers/zip';
import { genuineBundle, rawEntries, resignedForgery } from '../helpers/forged-bundle';
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
    expect(r.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // In words: the short code first, then what it does not prove (issue 15 item 6).
    const human = cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--out', join(dir, 'tweede.zip')]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/Korte code \(eerst voorlezen\): [0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(human.stdout).toContain('bewijzen alleen de volledige SHA-256 en de handtekeningen');

    const ok = cli(['verify', out, '--json'], {});
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as VerifyReport).manifestSha256).toBe(r.manifestSha256);
    const verified = cli(['verify', out], {}).stdout;
    expect(verified).toContain('Dossier in orde');
    expect(verified).toContain(`Korte code: ${r.shortCode}`);

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

  it('verify --expect-key pins the signer; without it the output names the key to compare; a hostile ZIP is refused in words', async () => {
    const b = await genuineBundle();
    const dir = tempDir();
    const genuine = join(dir, 'echt.zip');
    await writeRawZip(genuine, rawEntries(b));
    const forgery = await resignedForgery(b, Buffer.from('vervalst'));
    const group = (hex: string) => hex.match(/.{4}/g)!.join(' ');

    // Unpinned, the forgery's signatures are valid: the words say which key, and to compare it.
    const unpinned = cli(['verify', forgery.path], {});
    expect(unpinned.code).toBe(0);
    expect(unpinned.stdout).toContain(`Ondertekend met sleutel ${group(forgery.fingerprint)}.`);
    expect(unpinned.stdout).toContain('Vergelijk deze vingerafdruk met de vingerafdruk die de school u gaf');
    expect(cli(['verify', forgery.path, '--lang', 'en'], {}).stdout).toContain('Compare this fingerprint with the fingerprint the school gave you');

    // Pinned to the school's key (as read out: groups, capitals), the forgery fails naming both keys.
    const pinned = cli(['verify', forgery.path, '--expect-key', group(b.fingerprint).toUpperCase()], {});
    expect(pinned.code).toBe(1);
    expect(pinned.stdout).toContain('Dossier NIET in orde');
    expect(pinned.stdout).toContain(`Opgegeven: ${group(b.fingerprint)}. In het dossier: ${group(forgery.fingerprint)}.`);
    const json = JSON.parse(cli(['verify', forgery.path, '--expect-key', b.fingerprint, '--json'], {}).stdout) as VerifyReport;
    expect(json.signer).toEqual({ pinned: true, expected: b.fingerprint, matches: false });
    expect(json.problems).toEqual([{ code: 'signer-mismatch', expected: b.fingerprint, actual: forgery.fingerprint }]);

    const confirmed = cli(['verify', genuine, '--expect-key', b.fingerprint.match(/../g)!.join(':')], {});
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('Ondertekenaar klopt');
    const typo = cli(['verify', genuine, '--expect-key', 'abc'], {});
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Ongeldige vingerafdruk voor --expect-key: abc.');

    // A symlink entry: refused unread, the reason in words, the ESC in a name written out.
    const hostile = join(dir, 'link.zip');
    await writeRawZip(hostile, [...rawEntries(b), { name: 'originals/\u001b[2Jlink.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]);
    const refused = cli(['verify', hostile, '--lang', 'en'], {});
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Dossier NOT intact: this ZIP file is built so that unzipping it can hide or replace files');
    expect(refused.stdout).toContain('originals/\\u{1b}[2Jlink.png is a shortcut (symbolic link), not a file.');
    expect(refused.stdout).not.toContain('\u001b');
  });
});
