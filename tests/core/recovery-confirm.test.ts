/**
 * The recovery key is confirmed before the vault is used (issue 16 item 7): a vault created or
 * recovered in the app stays "pending" (and refuses every other call) until two groups of the
 * key are typed back; a reload gets the same key again; after a restart (the key no longer in
 * memory) a new key replaces the unconfirmed one, which then stops working.
 */
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { PASS, PASS2, newCore } from '../helpers/temp';

const app = { transport: 'http' } as const;
const test_ = { transport: 'test' } as const;

const groups = (key: string) => key.split('-');

describe('recovery key confirmation', () => {
  it('keeps a vault made in the app unused until two groups are typed back', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    const { recoveryKey, status } = await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, app);
    expect(status).toMatchObject({ unlocked: true, recoveryKeyPending: 'created' });
    await expect(h['case:create']({ title: 'x', category: 'other' }, app)).rejects.toMatchObject({ code: 'RECOVERY_KEY_UNCONFIRMED' });
    await expect(h['draft:save']({ key: 'case:new', body: '{}' }, app)).rejects.toMatchObject({ code: 'RECOVERY_KEY_UNCONFIRMED' });
    // A reload asks again and gets the same key.
    expect(await h['vault:reveal-recovery-key']({}, app)).toEqual({ recoveryKey, reissued: false });

    const g = groups(recoveryKey);
    expect(contract['vault:confirm-recovery-key'].input.safeParse({ answers: [{ group: 7, text: g[7] }] }).success).toBe(false);
    await expect(h['vault:confirm-recovery-key']({ answers: [{ group: 2, text: g[2]! }, { group: 2, text: g[2]! }] }, app)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(h['vault:confirm-recovery-key']({ answers: [{ group: 2, text: g[2]! }, { group: 5, text: 'ZZZZ' === g[5] ? 'AAAA' : 'ZZZZ' }] }, app)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      details: { groups: '5' },
    });
    // Typed from paper: lower case and look-alikes are fine.
    const typed = (s: string) => s.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
    const done = await h['vault:confirm-recovery-key']({ answers: [{ group: 2, text: typed(g[2]!) }, { group: 5, text: ` ${typed(g[5]!)} ` }] }, app);
    expect(done.recoveryKeyPending).toBeNull();
    await expect(h['case:create']({ title: 'x', category: 'other' }, app)).resolves.toMatchObject({ title: 'x' });
    await expect(h['vault:reveal-recovery-key']({}, app)).rejects.toMatchObject({ code: 'CONFLICT' });
    const kinds = (await h['audit:query']({}, app)).map((e) => e.kind);
    expect(kinds).toContain('vault.recovery_key_confirmed');
  });

  it('after a restart a new key replaces the unconfirmed one, which stops working', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    const first = (await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, app)).recoveryKey;
    await core.lock('quit');
    const status = await h['vault:unlock']({ passphrase: PASS }, app);
    expect(status.recoveryKeyPending).toBe('created');
    const again = await h['vault:reveal-recovery-key']({}, app);
    expect(again.reissued).toBe(true);
    expect(again.recoveryKey).not.toBe(first);
    const g = groups(again.recoveryKey);
    await h['vault:confirm-recovery-key']({ answers: [{ group: 0, text: g[0]! }, { group: 7, text: g[7]! }] }, app);

    await core.lock('manual');
    await expect(h['vault:recover']({ recoveryKey: first, newPassphrase: PASS2 }, test_)).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    const recovered = await h['vault:recover']({ recoveryKey: again.recoveryKey, newPassphrase: PASS2 }, app);
    // A recovery in the app shows a new key, which waits for confirmation in its turn.
    expect(recovered.status.recoveryKeyPending).toBe('recovered');
  });

  it('a vault made from the command line (or a test) is not held back: its key was printed there', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const { status } = await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, test_);
    expect(status.recoveryKeyPending).toBeNull();
  });
});
