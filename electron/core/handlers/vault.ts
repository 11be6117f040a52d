/** Handlers of the vault:* channels; the lifecycle itself (adopt, lock, wipe) is vault/lock.ts. */
import type { VaultStatus } from '../../../shared/vault-types';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { headerExists } from '../vault/header';
import { checkVault } from '../vault/check';
import { adoptSession, requestLock } from '../vault/lock';
import { changePassphrase, createVault, recoverVault, unlockVault } from '../vault/vault';

type VaultHandlers = Pick<
  CoreHandlers,
  'vault:get-status' | 'vault:select' | 'vault:create' | 'vault:unlock' | 'vault:recover' | 'vault:lock' | 'vault:touch' | 'vault:change-passphrase' | 'vault:check'
>;

export async function vaultStatus(ctx: CoreContext): Promise<VaultStatus> {
  const unlocked = !!ctx.session && ctx.session.isOpen();
  return {
    vaultDir: ctx.vaultDir,
    defaultVaultDir: ctx.defaultVaultDir,
    exists: await headerExists(ctx.vaultDir),
    unlocked,
    ownerName: unlocked ? ctx.session!.ownerName : null,
  };
}

export function vaultHandlers(ctx: CoreContext): VaultHandlers {
  const deps = () => ({ clock: ctx.clock, kdf: ctx.kdf });
  const assertLocked = () => {
    if (ctx.session && !ctx.session.isClosed()) throw new AppError('CONFLICT', 'Lock the vault first.');
  };
  return {
    'vault:get-status': () => vaultStatus(ctx),
    'vault:select': (input) =>
      ctx.serial(async () => {
        assertLocked();
        ctx.vaultDir = input.vaultDir;
        await ctx.prefs.update({ vaultDir: input.vaultDir });
        return vaultStatus(ctx);
      }),
    'vault:create': (input) =>
      ctx.serial(async () => {
        assertLocked();
        const dir = input.vaultDir ?? ctx.vaultDir;
        const { session, recoveryKey } = await createVault(dir, input.passphrase, input.ownerName, deps());
        ctx.vaultDir = dir;
        ctx.afterOpen(session);
        ctx.session = session;
        ctx.idle.start();
        await ctx.prefs.update({ vaultDir: dir });
        return { status: await vaultStatus(ctx), recoveryKey };
      }),
    'vault:unlock': (input) =>
      ctx.serial(async () => {
        assertLocked();
        const session = await unlockVault(ctx.vaultDir, input.passphrase, deps());
        await adoptSession(ctx, session, 'vault.unlocked');
        return vaultStatus(ctx);
      }),
    'vault:recover': (input) =>
      ctx.serial(async () => {
        assertLocked();
        const { session, recoveryKey } = await recoverVault(ctx.vaultDir, input.recoveryKey, input.newPassphrase, deps());
        await adoptSession(ctx, session, 'vault.recovered');
        return { status: await vaultStatus(ctx), recoveryKey };
      }),
    'vault:lock': async (input) => {
      await requestLock(ctx, input.reason ?? 'manual');
      return vaultStatus(ctx);
    },
    'vault:touch': async () => {
      if (ctx.session?.isOpen()) ctx.idle.touch();
      return { ok: true as const };
    },
    'vault:change-passphrase': (input) =>
      ctx.serial(async () => {
        const s = requireSession(ctx);
        await changePassphrase(s, input.currentPassphrase, input.newPassphrase, ctx.kdf);
        s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'vault.passphrase_changed' }));
        return { changed: true as const };
      }),
    'vault:check': () =>
      ctx.serial(async () => {
        const s = requireSession(ctx);
        const report = await checkVault(s);
        s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'vault.checked', details: { ok: report.ok } }));
        return report;
      }),
  };
}
