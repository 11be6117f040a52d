/**
 * The OS's reasons to lock (docs/ux.md "Auto-lock"): the screen locks or
 * the machine suspends, and the vault locks at once, after the renderer was asked to write its
 * pending drafts (core lockAfterDrafts: no countdown came first). The idle timeout itself is the core's
 * (electron/core/vault/idle-watch.ts, fed by the renderer's activity reports): the shell keeps
 * no timer of its own. A failing lock is logged, never thrown into Electron's event loop.
 * No runtime `electron` import: the power monitor is passed in, so this is unit-testable.
 * powerMonitor: https://www.electronjs.org/docs/latest/api/power-monitor
 */
import type { LockReason } from '../../shared/vault-types';
import type { Logger } from '../core/logger';

export interface PowerSource {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

export interface LockableCore {
  lockAfterDrafts(reason: LockReason): Promise<void>;
  isUnlocked(): boolean;
}

export interface AutoLockDeps {
  power: PowerSource;
  core: LockableCore;
  logger: Logger;
}

/** Starts watching; returns the stop function. */
export function startAutoLock(deps: AutoLockDeps): () => void {
  const lock = (reason: LockReason): void => {
    if (!deps.core.isUnlocked()) return;
    deps.core.lockAfterDrafts(reason).catch((err: unknown) => deps.logger.error(`auto-lock (${reason}) failed`, err));
  };
  const onLockScreen = (): void => lock('screen-lock');
  const onSuspend = (): void => lock('suspend');
  deps.power.on('lock-screen', onLockScreen);
  deps.power.on('suspend', onSuspend);
  return () => {
    deps.power.removeListener('lock-screen', onLockScreen);
    deps.power.removeListener('suspend', onSuspend);
  };
}
