/** Handlers for the vault:* channels: status, create, unlock, recover, lock, passphrase, check. */
import type { LockReason, VaultStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { headerExists } from '../vault/header';
import { toAppError } from '../files/os-errors';
import { checkVault, cleanupOrphans } from '../vault/check';
import { changePassphrase, createVault, recoverVault, unlockVault } from '../vault/vault';
import type { Session } from '../vault/session';

type VaultHandlers = Pick<
  CoreHandlers,
  'vault:get-status' | 'vault:select' | 'vault:create' | 'vault:unlock' | 'vault:recover' | 'vault:lock' | 'vault:change-passphrase' | 'vault:check'
>;

export async function vaultStatus(ctx: CoreContext): Promise<VaultStatus> {
  const unlocked = !!ctx.session && !ctx.session.isClosed();
  return {
    vaultDir: ctx.vaultDir,
    defaultVaultDir: ctx.defaultVaultDir,
    exists: await headerExists(ctx.vaultDir),
    unlocked,
    ownerName: unlocked ? ctx.session!.ownerName : null,
  };
}

export async function lockVault(ctx: CoreContext, reason: LockReason): Promise<void> {
  const s = ctx.session;
  if (!s || s.isClosed()) return;
  try {
    s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'vault.locked', details: { reason } }));
  } catch (err) {
    // Locking must never fail: on a full disk the entry cannot be written, but the keys
    // still leave memory. The next unlock is logged as usual.
    ctx.logger.warn('vault.locked could not be written to the audit log', { code: toAppError(err).code });
  } finally {
    s.close();
    ctx.session = null;
    ctx.events.emit('vault:locked', { reason });
  }
}

async function adopt(ctx: CoreContext, session: Session, kind: string): Promise<void> {
  ctx.session?.close();
  try {
    ctx.afterOpen(session);
    const removed = await cleanupOrphans(session);
    session.tx(() => session.audit.append({ actor: session.ownerName, kind, details: removed ? { orphansRemoved: removed } : {} }));
  } catch (err) {
    // An unlock that cannot be logged (full disk) is refused, and nothing stays open.
    session.close();
    throw err;
  }
  ctx.session = session;
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
        ctx.session = session;
        ctx.afterOpen(session);
        await ctx.prefs.update({ vaultDir: dir });
        return { status: await vaultStatus(ctx), recoveryKey };
      }),
    'vault:unlock': (input) =>
      ctx.serial(async () => {
        const session = await unlockVault(ctx.vaultDir, input.passphrase, deps());
        await adopt(ctx, session, 'vault.unlocked');
        return vaultStatus(ctx);
      }),
    'vault:recover': (input) =>
      ctx.serial(async () => {
        const { session, recoveryKey } = await recoverVault(ctx.vaultDir, input.recoveryKey, input.newPassphrase, deps());
        await adopt(ctx, session, 'vault.recovered');
        return { status: await vaultStatus(ctx), recoveryKey };
      }),
    'vault:lock': (input) =>
      ctx.serial(async () => {
        await lockVault(ctx, input.reason ?? 'manual');
        return vaultStatus(ctx);
      }),
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
