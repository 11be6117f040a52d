import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { PASS, PASS2, newCore, tempDir } from '../helpers/temp';

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe('vault lifecycle', () => {
  it('creates, locks and unlocks with the passphrase; a wrong passphrase is refused', async () => {
    const core = newCore();
    const h = core.handlers;
    const ctx = { transport: 'test' } as const;
    expect((await h['vault:get-status']({}, ctx)).exists).toBe(false);
    const created = await h['vault:create']({ passphrase: PASS, ownerName: 'Anna de Vries' }, ctx);
    expect(created.status).toMatchObject({ exists: true, unlocked: true, ownerName: 'Anna de Vries' });
    expect(created.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);

    expect((await h['vault:lock']({}, ctx)).unlocked).toBe(false);
    await expectCode(h['settings:get']({}, ctx), 'VAULT_LOCKED');
    await expectCode(h['vault:unlock']({ passphrase: 'Zomer vakantie op Texel 2025' }, ctx), 'WRONG_PASSPHRASE');
    const st = await h['vault:unlock']({ passphrase: PASS }, ctx);
    expect(st).toMatchObject({ unlocked: true, ownerName: 'Anna de Vries' });
    const kinds = (await h['audit:list']({}, ctx)).map((e) => e.kind).reverse();
    expect(kinds).toEqual(['vault.created', 'vault.locked', 'vault.unlocked']);
  });

  it('refuses a short or weak passphrase and a second vault in the same folder', async () => {
    const core = newCore();
    const ctx = { transport: 'test' } as const;
    await expectCode(core.handlers['vault:create']({ passphrase: 'kort', ownerName: 'A' }, ctx), 'WEAK_PASSPHRASE');
    await expectCode(core.handlers['vault:create']({ passphrase: 'aaaaaaaaaaaaaaaa', ownerName: 'A' }, ctx), 'WEAK_PASSPHRASE');
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    await core.lock('manual');
    await expectCode(core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx), 'VAULT_EXISTS');
  });

  it('changes the passphrase: the old one stops working, the recovery key stays valid', async () => {
    const core = newCore();
    const h = core.handlers;
    const ctx = { transport: 'test' } as const;
    const { recoveryKey } = await h['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    await expectCode(h['vault:change-passphrase']({ currentPassphrase: PASS2, newPassphrase: PASS2 }, ctx), 'WRONG_PASSPHRASE');
    await h['vault:change-passphrase']({ currentPassphrase: PASS, newPassphrase: PASS2 }, ctx);
    await core.lock('manual');
    await expectCode(h['vault:unlock']({ passphrase: PASS }, ctx), 'WRONG_PASSPHRASE');
    await h['vault:unlock']({ passphrase: PASS2 }, ctx);
    await core.lock('manual');
    const rec = await h['vault:recover']({ recoveryKey, newPassphrase: 'Nieuwe lente in Utrecht 3x' }, ctx);
    expect(rec.status.unlocked).toBe(true);
  });

  it('recovery key unlocks, forces a new passphrase and is replaced by a new one', async () => {
    const core = newCore();
    const h = core.handlers;
    const ctx = { transport: 'test' } as const;
    const { recoveryKey } = await h['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    await core.lock('manual');
    await expectCode(h['vault:recover']({ recoveryKey: 'ABCD-EFGH', newPassphrase: PASS2 }, ctx), 'WRONG_RECOVERY_KEY');
    const wrongKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expectCode(h['vault:recover']({ recoveryKey: wrongKey, newPassphrase: PASS2 }, ctx), 'WRONG_RECOVERY_KEY');
    await expectCode(h['vault:recover']({ recoveryKey, newPassphrase: 'short' }, ctx), 'WEAK_PASSPHRASE');
    // Typed by hand from paper: lower case, spaces instead of dashes.
    const rec = await h['vault:recover']({ recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '), newPassphrase: PASS2 }, ctx);
    expect(rec.recoveryKey).not.toBe(recoveryKey);
    await core.lock('manual');
    await expectCode(h['vault:unlock']({ passphrase: PASS }, ctx), 'WRONG_PASSPHRASE');
    await h['vault:unlock']({ passphrase: PASS2 }, ctx);
    await core.lock('manual');
    await expectCode(h['vault:recover']({ recoveryKey, newPassphrase: PASS }, ctx), 'WRONG_RECOVERY_KEY');
    await h['vault:recover']({ recoveryKey: rec.recoveryKey, newPassphrase: PASS }, ctx);
  });

  it('refuses a vault header from a newer app version; a damaged header says so (not "wrong passphrase"); a weakened KDF never opens', async () => {
    const appData = tempDir();
    const core = newCore({ appDataDir: appData });
    const ctx = { transport: 'test' } as const;
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    await core.lock('manual');
    const file = join(appData, 'vault', 'vault.json');
    const original = await fs.readFile(file, 'utf8');
    const header = JSON.parse(original) as { version: number; kdf: { N: number }; checksum?: string };
    await fs.writeFile(file, JSON.stringify({ ...header, kdf: { ...header.kdf, N: 1024 } }));
    await expect(core.handlers['vault:unlock']({ passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'header-damaged' } });
    // Someone who also drops the checksum still cannot weaken the KDF: the wrap is bound to it.
    const { checksum: _checksum, ...unchecked } = header;
    await fs.writeFile(file, JSON.stringify({ ...unchecked, kdf: { ...header.kdf, N: 1024 } }));
    await expectCode(core.handlers['vault:unlock']({ passphrase: PASS }, ctx), 'WRONG_PASSPHRASE');
    await fs.writeFile(file, JSON.stringify({ ...header, version: 99 }));
    await expectCode(core.handlers['vault:unlock']({ passphrase: PASS }, ctx), 'VAULT_FROM_FUTURE');
    await fs.writeFile(file, '{ not json');
    await expectCode(core.handlers['vault:unlock']({ passphrase: PASS }, ctx), 'INTEGRITY');
    await fs.writeFile(file, original);
    await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
  });

  it('keeps settings across lock and unlock and logs the change', async () => {
    const core = newCore();
    const h = core.handlers;
    const ctx = { transport: 'test' } as const;
    await h['vault:create']({ passphrase: PASS, ownerName: 'A' }, ctx);
    expect(await h['settings:get']({}, ctx)).toMatchObject({ autoLockMinutes: 10, maxImportMb: 200, senderName: '' });
    await h['settings:set']({ autoLockMinutes: 3 }, ctx);
    await core.lock('idle');
    await h['vault:unlock']({ passphrase: PASS }, ctx);
    expect(core.settings()).toMatchObject({ autoLockMinutes: 3, maxImportMb: 200 });
    const entries = await h['audit:list']({}, ctx);
    expect(entries.find((e) => e.kind === 'vault.locked')?.details).toEqual({ reason: 'idle' });
    expect(entries.find((e) => e.kind === 'settings.changed')?.details).toEqual({ changed: ['autoLockMinutes'] });
  });

  it('emits vault:locked with the reason', async () => {
    const core = newCore();
    const seen: string[] = [];
    core.events.onAny((name, payload) => seen.push(`${name}:${JSON.stringify(payload)}`));
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, { transport: 'test' });
    await core.lock('screen-lock');
    await core.lock('screen-lock');
    expect(seen).toEqual(['vault:locked:{"reason":"screen-lock"}']);
  });
});
