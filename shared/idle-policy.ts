/**
 * When an unlocked vault locks itself (docs/ux.md "Auto-lock"). One policy for
 * every side: the core's idle watch (electron/core/vault/idle-watch.ts) applies it, the
 * renderer only reports activity and shows the warning, the shell adds the OS signals
 * (screen lock, suspend). Invariant: nothing else keeps a timer or a default of its own.
 */

/** The default idle time before the vault locks (Settings.autoLockMinutes). */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** How long before the lock the user is warned (and can click to stay). */
export const LOCK_WARNING_SECONDS = 30;

/** The renderer reports activity at most this often (a mouse move is not a call). */
export const ACTIVITY_REPORT_MS = 5_000;

export type IdleState = { state: 'active' } | { state: 'warning'; secondsLeft: number } | { state: 'expired' };

/** Where an idle countdown stands, from the last activity and the configured minutes. */
export function idleState(lastActivityMs: number, nowMs: number, minutes: number): IdleState {
  const left = lastActivityMs + minutes * 60_000 - nowMs;
  if (left <= 0) return { state: 'expired' };
  if (left <= LOCK_WARNING_SECONDS * 1000) return { state: 'warning', secondsLeft: Math.ceil(left / 1000) };
  return { state: 'active' };
}
