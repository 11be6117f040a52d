/**
 * Locks the vault when the user walks away (UX.md "auto-lock hides everything").
 * Invariants: the OS screen lock and suspend lock at once; a 30 s backstop locks once the
 * system has been idle for the configured minutes (it also covers platforms where
 * `lock-screen` never fires, e.g. many Linux desktops); a failing lock is logged, never
 * thrown into Electron's event loop. No runtime `electron` import: the power monitor is
 * passed in, so the timing is unit-testable.
 * powerMonitor: https://www.electronjs.org/docs/latest/api/power-monitor
 */
import type { LockReason, Settings } from '../../shared/domain';
import type { Logger } from '../core/logger';

export interface PowerSource {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  getSystemIdleTime(): number;
}

export interface LockableCore {
  lock(reason: LockReason): Promise<void>;
  isUnlocked(): boolean;
  settings(): Settings | null;
}

export const IDLE_CHECK_INTERVAL_MS = 30_000;

export interface AutoLockDeps {
  power: PowerSource;
  core: LockableCore;
  logger: Logger;
  intervalMs?: number;
}

/** Starts watching; returns the stop function. */
export function startAutoLock(deps: AutoLockDeps): () => void {
  const lock = (reason: LockReason): void => {
    if (!deps.core.isUnlocked()) return;
    deps.core.lock(reason).catch((err: unknown) => deps.logger.error(`auto-lock (${reason}) failed`, err));
  };
  const onLockScreen = (): void => lock('screen-lock');
  const onSuspend = (): void => lock('suspend');
  deps.power.on('lock-screen', onLockScreen);
  deps.power.on('suspend', onSuspend);

  const timer = setInterval(() => {
    const minutes = deps.core.settings()?.autoLockMinutes;
    if (minutes === undefined || !deps.core.isUnlocked()) return;
    if (deps.power.getSystemIdleTime() >= minutes * 60) lock('idle');
  }, deps.intervalMs ?? IDLE_CHECK_INTERVAL_MS);

  return () => {
    clearInterval(timer);
    deps.power.removeListener('lock-screen', onLockScreen);
    deps.power.removeListener('suspend', onSuspend);
  };
}
