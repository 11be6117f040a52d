import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSetting } from '../../electron/core/db/kv-store';
import { checkVault } from '../../electron/core/vault/check';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');

/** Runs the writer until it has committed at least `killAfter` writes, then SIGKILLs it. */
function runAndKill(vaultDir: string, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/crash-writer.ts'), vaultDir], {
      cwd: ROOT,
      env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let buf = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) last = Number(l);
      if (last >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`writer ended without being killed (code ${code}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('SIGKILL in the middle of 1,000 writes leaves a vault that opens, passes the check and holds every committed write', async () => {
    const vaultDir = join(tempDir(), 'vault');
    const setup = newCore({ vaultDir });
    await setup.handlers['vault:create']({ passphrase: PASS, ownerName: 'Tester' }, { transport: 'test' });
    await setup.lock('manual');

    const killAfter = 150 + Math.floor(Math.random() * 300);
    const committed = await runAndKill(vaultDir, killAfter);
    expect(committed).toBeGreaterThanOrEqual(killAfter);
    expect(committed).toBeLessThan(1000);

    const core = newCore({ vaultDir });
    await core.handlers['vault:unlock']({ passphrase: PASS }, { transport: 'test' });
    const s = core.session();
    const report = await checkVault(s);
    expect(report.items.filter((i) => !i.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    for (let i = 1; i <= committed; i++) {
      const id = getSetting<string>(s.db, `write-${i}`);
      expect(id, `write ${i} is missing`).toBeTypeOf('string');
      expect((await s.blobs.get(id!)).toString()).toBe(`write number ${i} `.repeat(200 + i));
    }
    const writes = s.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE kind = 'settings.changed'`).get() as { n: number };
    expect(writes.n).toBeGreaterThanOrEqual(committed);
  });
});
