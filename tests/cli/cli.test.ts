import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { PASS, PASS2, tempDir } from '../helpers/temp';
import { storeBlob } from '../helpers/blobs';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], {
    cwd: ROOT,
    env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: '', BEWIJSKLUIS_NEW_PASSPHRASE: '', BEWIJSKLUIS_RECOVERY_KEY: '', ...env },
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', { timeout: 180_000 }, () => {
  it('refuses an option that belongs to another command (exit 2, in words), and nothing is created', async () => {
    const vault = join(tempDir(), 'kluis');
    const r = cli(['vault', 'init', '--vault', vault, '--overdue'], { BEWIJSKLUIS_PASSPHRASE: PASS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('De optie --overdue hoort niet bij ‘vault init’');
    await expect(fs.stat(vault)).rejects.toMatchObject({ code: 'ENOENT' });
    const en = cli(['verify', 'x.zip', '--case', '2026-001', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('The option --case does not belong to ‘verify’');
  });

  it('without a terminal and without BEWIJSKLUIS_PASSPHRASE it says what to do (exit 2), without matching on message text', () => {
    const r = cli(['vault', 'check', '--vault', join(tempDir(), 'kluis')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('BEWIJSKLUIS_PASSPHRASE');
  });

  it('vault init prints the recovery key once; check passes; a wrong passphrase fails with exit 1', () => {
    const vault = join(tempDir(), 'kluis');
    const init = cli(['vault', 'init', '--vault', vault, '--name', 'Anna', '--json'], { BEWIJSKLUIS_PASSPHRASE: PASS });
    expect(init.code, init.stderr).toBe(0);
    const out = JSON.parse(init.stdout) as { vaultDir: string; recoveryKey: string };
    expect(out.vaultDir).toBe(vault);
    expect(out.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);

    const check = cli(['vault', 'check', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('Kluis in orde');
    expect(check.stdout).not.toContain(out.recoveryKey);

    const wrong = cli(['vault', 'check', '--vault', vault, '--lang', 'en'], { BEWIJSKLUIS_PASSPHRASE: PASS2 });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('This passphrase is not correct');
    expect(wrong.stdout).toBe('');
  });

  it('vault check exits 1 and names the blob that was altered', async () => {
    const vault = join(tempDir(), 'kluis');
    expect(cli(['vault', 'init', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS }).code).toBe(0);
    const core = createCore({ vaultDir: vault });
    await core.handlers['vault:unlock']({ passphrase: PASS }, { transport: 'test' });
    const { id } = await storeBlob(core.session(), Buffer.from('evidence bytes'.repeat(100)));
    const file = core.session().blobs.pathFor(id);
    await core.close();
    const bytes = await fs.readFile(file);
    bytes[30]! ^= 0xff;
    await fs.writeFile(file, bytes);

    const check = cli(['vault', 'check', '--vault', vault, '--json'], { BEWIJSKLUIS_PASSPHRASE: PASS });
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { ok: boolean; items: { name: string; ok: boolean; problems: string[] }[] };
    expect(report.ok).toBe(false);
    expect(report.items.find((i) => i.name === 'blobs')!.problems.join()).toContain(id);
  });

  it('vault passwd changes the passphrase; secrets never come from argv; no TTY and no env is a clear error', () => {
    const vault = join(tempDir(), 'kluis');
    expect(cli(['vault', 'init', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS }).code).toBe(0);
    const passwd = cli(['vault', 'passwd', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS, BEWIJSKLUIS_NEW_PASSPHRASE: PASS2 });
    expect(passwd.code, passwd.stderr).toBe(0);
    expect(cli(['vault', 'check', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS }).code).toBe(1);
    expect(cli(['vault', 'check', '--vault', vault], { BEWIJSKLUIS_PASSPHRASE: PASS2 }).code).toBe(0);

    const noSecret = cli(['vault', 'check', '--vault', vault]);
    expect(noSecret.code).not.toBe(0);
    expect(noSecret.stderr).toContain('BEWIJSKLUIS_PASSPHRASE');
    const argvSecret = cli(['vault', 'check', '--vault', vault, '--passphrase', PASS2]);
    expect(argvSecret.code).toBe(2);
  });

  it('usage errors exit 2; a missing vault is a translated error', () => {
    expect(cli(['vault', 'frobnicate', '--vault', '/tmp/x']).code).toBe(2);
    expect(cli(['vault', 'check']).code).toBe(2);
    const missing = cli(['vault', 'check', '--vault', join(tempDir(), 'none')], { BEWIJSKLUIS_PASSPHRASE: PASS });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('In deze map staat geen kluis');
  });
});
