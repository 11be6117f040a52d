/** Handlers of the vault:* channels; the lifecycle itself (adopt, lock, wipe) is vault/lock.ts. */
import type { VaultStatus } from '../../../shared/vault-types';
import { RENDERER_TRANSPORTS, type Transport } from '../../../shared/contract-kit';
import { getSetting, setSetting } from '../db/kv-store';
import type { Session } from '../vault/session';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { headerExists } from '../vault/header';
import { checkVault } from '../vault/check';
import { adoptSession, requestLock } from '../vault/lock';
import { changePassphrase, createVault, recoverVault, reissueRecoveryKey, unlockVault } from '../vault/vault';

type VaultHandlers = Pick<
  CoreHandlers,
  | 'vault:get-status'
  | 'vault:select'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:recover'
  | 'vault:lock'
  | 'vault:touch'
  | 'vault:change-passphrase'
  | 'vault:check'
  | 'vault:reveal-recovery-key'
  | 'vault:confirm-recovery-key'
>;

/**
 * The setting that says a recovery key waits for confirmation (issue 16 item 7): written in the
 * same vault as the key, so a reload, a restart or another window still knows; the key itself
 * is only in memory (Session.pendingRecoveryKey).
 */
const PENDING = 'recovery_key_pending';
type Pending = 'created' | 'recovered';

export function recoveryPending(s: Session): Pending | null {
  return getSetting<{ origin: Pending }>(s.db, PENDING)?.origin ?? null;
}

/** A key shown in the app must be confirmed there; the CLI prints it once and its user keeps it. */
function markPending(s: Session, origin: Pending, key: string, via: Transport): void {
  if (!RENDERER_TRANSPORTS.includes(via)) return;
  s.tx(() => setSetting(s.db, PENDING, { origin }));
  s.pendingRecoveryKey = key;
}

const fold = (text: string) => text.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');

export async function vaultStatus(ctx: CoreContext): Promise<VaultStatus> {
  const unlocked = !!ctx.session && ctx.session.isOpen();
  return {
    vaultDir: ctx.vaultDir,
    defaultVaultDir: ctx.defaultVaultDir,
    exists: await headerExists(ctx.vaultDir),
    unlocked,
    ownerName: unlocked ? ctx.session!.ownerName : null,
    recoveryKeyPending: unlocked ? recoveryPending(ctx.session!) : null,
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
    'vault:create': (input, call) =>
      ctx.serial(async () => {
        assertLocked();
        const dir = input.vaultDir ?? ctx.vaultDir;
        const { session, recoveryKey } = await createVault(dir, input.passphrase, input.ownerName, deps());
        ctx.vaultDir = dir;
        ctx.afterOpen(session);
        markPending(session, 'created', recoveryKey, call.transport);
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
    'vault:recover': (input, call) =>
      ctx.serial(async () => {
        assertLocked();
        const { session, recoveryKey } = await recoverVault(ctx.vaultDir, input.recoveryKey, input.newPassphrase, deps());
        await adoptSession(ctx, session, 'vault.recovered');
        markPending(session, 'recovered', recoveryKey, call.transport);
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
    'vault:reveal-recovery-key': () =>
      ctx.serial(async () => {
        const s = requireSession(ctx);
        if (!recoveryPending(s)) throw new AppError('CONFLICT', 'No recovery key waits for confirmation.', { reason: 'not-pending' });
        if (s.pendingRecoveryKey) return { recoveryKey: s.pendingRecoveryKey, reissued: false };
        // The app restarted (or locked) before the key was confirmed: it is gone from memory.
        s.pendingRecoveryKey = await reissueRecoveryKey(s);
        s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'vault.recovery_key_reissued' }));
        return { recoveryKey: s.pendingRecoveryKey, reissued: true };
      }),
    'vault:confirm-recovery-key': (input) =>
      ctx.serial(async () => {
        const s = requireSession(ctx);
        const key = s.pendingRecoveryKey;
        if (!recoveryPending(s) || !key) throw new AppError('CONFLICT', 'No recovery key waits for confirmation.', { reason: 'not-pending' });
        const groups = key.split('-');
        const asked = input.answers.map((a) => a.group);
        if (new Set(asked).size !== asked.length || asked.some((g) => g >= groups.length)) {
          throw new AppError('VALIDATION', 'Each group is asked once.', { issues: [{ path: 'answers', code: 'groups' }] });
        }
        const wrong = input.answers.filter((a) => fold(a.text) !== fold(groups[a.group]!)).map((a) => a.group);
        if (wrong.length) throw new AppError('WRONG_RECOVERY_KEY', 'A group does not match the recovery key.', { reason: 'groups', groups: wrong.join(',') });
        s.tx(() => {
          s.db.prepare('DELETE FROM settings WHERE key = ?').run(PENDING);
          s.audit.append({ actor: s.ownerName, kind: 'vault.recovery_key_confirmed', details: { groups: asked.length } });
        });
        s.pendingRecoveryKey = null;
        return vaultStatus(ctx);
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
