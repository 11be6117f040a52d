import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASS, tempDir } from '../helpers/temp';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';

const ROOT = join(__dirname, '..', '..');
const cli = (args: string[], env: Record<string, string> = { BEWIJSKLUIS_PASSPHRASE: PASS }) => {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, BEWIJSKLUIS_RECOVERY_KEY: '', ...env }, encoding: 'utf8', input: '', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('CLI: backup', { timeout: 240_000 }, () => {
  it('create, verify (passphrase and recovery key), restore into a new folder; vault check passes there; a truncated backup is refused', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    const init = JSON.parse(cli(['vault', 'init', '--vault', vault, '--json']).stdout) as { recoveryKey: string };
    cli(['case', 'create', '--vault', vault, '--title', 'Back-up', '--category', 'other']);
    const out = join(dir, 'kluis.bkbackup');
    expect(cli(['backup', 'create', '--vault', vault, '--out', out]).code).toBe(0);
    expect(cli(['backup', 'verify', out]).stdout).toContain('Back-up in orde');
    expect(cli(['backup', 'verify', out], { BEWIJSKLUIS_RECOVERY_KEY: init.recoveryKey }).code).toBe(0);
    expect(cli(['backup', 'verify', out], { BEWIJSKLUIS_PASSPHRASE: 'Helemaal verkeerde zin 123' }).code).toBe(1);

    const target = join(dir, 'hersteld');
    const restore = cli(['backup', 'restore', out, '--to', target]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(cli(['vault', 'check', '--vault', target]).code).toBe(0);
    expect(cli(['case', 'list', '--vault', target]).stdout).toContain('Back-up');
    expect(cli(['backup', 'restore', out, '--to', vault]).code).toBe(1);

    const bytes = await fs.readFile(out);
    await fs.writeFile(join(dir, 'kapot.bkbackup'), bytes.subarray(0, bytes.length - 1000));
    const bad = cli(['backup', 'verify', join(dir, 'kapot.bkbackup'), '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[INTEGRITY]');
  });
});
