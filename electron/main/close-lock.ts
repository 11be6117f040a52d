/**
 * Closing the window with the vault open: the close waits until the renderer has written its
 * pending drafts and the vault is locked (core lockAfterDrafts), then goes on. Without it a
 * draft typed in the last 600 ms (its debounce, renderer/src/features/drafts/use-draft.ts) went
 * with the window. A failing lock is logged and the window closes anyway (the before-quit lock
 * in index.ts still runs). No runtime `electron` import: the window is passed in, so this is
 * unit-testable. BrowserWindow 'close': https://www.electronjs.org/docs/latest/api/browser-window#event-close
 */
import type { Logger } from '../core/logger';
import type { LockableCore } from './auto-lock';

export interface ClosableWindow {
  on(event: 'close', listener: (e: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export function lockBeforeClose(win: ClosableWindow, core: LockableCore, logger: Logger): void {
  let locking = false;
  win.on('close', (e) => {
    if (!core.isUnlocked()) return;
    e.preventDefault();
    if (locking) return;
    locking = true;
    core
      .lockAfterDrafts('quit')
      .catch((err: unknown) => logger.error('lock before close failed', err))
      .finally(() => {
        if (!win.isDestroyed()) win.close();
      });
  });
}
