/**
 * The vault's lifecycle in one place: adopt a freshly opened session (unlock, recover,
 * create), lock it, and wipe its keys.
 * Invariants (docs/architecture.md "Vault lifecycle and locking"): locking first refuses new work, then asks the
 * work in flight (import, export, backup, check) to stop, waits until every piece of it has
 * left the session, and only then writes its audit entry and wipes the keys, so no file is
 * ever sealed with a wiped key; locking never fails (on a full disk only its own audit entry
 * is lost); an unlock that cannot be logged leaves nothing open.
 */
import type { LockReason } from '../../../shared/vault-types';
import type { CoreContext } from '../context';
import { toAppError } from '../files/os-errors';
import { sweepPending } from './pending-files';
import type { Session } from './session';

/**
 * Locks: from this moment no new work enters the open session (even before the lock gets its
 * turn after a running unlock, check or passphrase change); then lockVault runs in turn.
 */
export function requestLock(ctx: CoreContext, reason: LockReason): Promise<void> {
  void ctx.session?.beginClose();
  return ctx.serial(() => lockVault(ctx, reason));
}

/**
 * How long a lock without a countdown waits for the renderer's pending drafts (their save is
 * debounced, renderer/src/features/drafts/use-draft.ts): asked at once, each is one call of a
 * few milliseconds; the lock itself then waits for every call still in the session.
 */
export const DRAFT_GRACE_MS = 400;

/**
 * A lock that first asks the renderer to write its pending drafts (event vault:save-drafts):
 * for the locks that come without the idle lock's countdown, which already asks for them. The
 * screen is already locked or the window is going, so the grace shows nothing; a renderer that
 * does not answer delays the lock by the grace only.
 */
export async function lockAfterDrafts(ctx: CoreContext, reason: LockReason, graceMs = DRAFT_GRACE_MS): Promise<void> {
  if (ctx.session?.isOpen()) {
    ctx.events.emit('vault:save-drafts', {});
    await new Promise((resolve) => setTimeout(resolve, graceMs));
  }
  return requestLock(ctx, reason);
}

export async function lockVault(ctx: CoreContext, reason: LockReason): Promise<void> {
  const s = ctx.session;
  if (!s || s.isClosed()) return;
  await s.beginClose();
  try {
    s.tx(() => s.audit.append({ actor: s.ownerName, kind: 'vault.locked', details: { reason } }));
    // The header learns where the database stands before the keys go (rollback detection).
    await s.syncHeader();
  } catch (err) {
    // Locking must never fail: on a full disk the entry cannot be written, but the keys
    // still leave memory. The next unlock is logged as usual.
    ctx.logger.warn('vault.locked could not be written to the audit log', { code: toAppError(err).code });
  } finally {
    s.close();
    if (ctx.session === s) ctx.session = null;
    ctx.idle.stop();
    ctx.events.emit('vault:locked', { reason });
  }
}

/** Makes `session` the open one, after the per-open work (catalogue, leftovers) and its audit entry. */
export async function adoptSession(ctx: CoreContext, session: Session, kind: 'vault.unlocked' | 'vault.recovered'): Promise<void> {
  try {
    ctx.afterOpen(session);
    // Only what the journal says crashed writes left behind (never a file for being unknown).
    const removed = await sweepPending(session.db, session.blobs);
    session.tx(() => session.audit.append({ actor: session.ownerName, kind, details: removed ? { orphansRemoved: removed } : {} }));
  } catch (err) {
    // An unlock that cannot be logged (full disk) is refused, and nothing stays open.
    session.close();
    throw err;
  }
  ctx.session = session;
  ctx.idle.start();
}

/**
 * Wraps a handler that works inside the open vault: it enters the session for as long as it
 * runs, so locking waits for it (and its signal tells it to stop). Without an open vault the
 * handler runs as is (it answers VAULT_LOCKED itself, or works without a vault, e.g. verify).
 */
export function insideSession<A extends unknown[], R>(ctx: CoreContext, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const s = ctx.session;
    if (!s || s.isClosed()) return fn(...args);
    const leave = s.enter();
    try {
      return await fn(...args);
    } finally {
      leave();
    }
  };
}
