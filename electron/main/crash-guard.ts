/**
 * What the main process does when its own code throws where nothing catches it. Electron's
 * default is a raw error box (with a stack trace and file paths) and an app that carries on
 * in an unknown state with the vault open. Instead: lock the vault so the keys leave memory,
 * say calmly what happened in the user's language, and start again (Node docs, "Warning:
 * using 'uncaughtException' correctly": resume is unsafe, restart). A rejected promise that
 * nobody handled is contained in its own chain: it is logged and the app goes on.
 */
import type { Logger } from '../core/logger';

export interface CrashGuardDeps {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (err: unknown) => void): void;
  /** Locks the vault (wipes the keys); may fail, the guard goes on regardless. */
  lock(): Promise<void>;
  /** A native message box; must not throw. */
  tellUser(): void;
  /** Starts a new instance and ends this one. */
  restart(): void;
  logger: Logger;
}

export function installCrashGuard(d: CrashGuardDeps): void {
  let handling = false;
  d.on('uncaughtException', (err) => {
    d.logger.error('uncaught exception in the main process', err);
    if (handling) return;
    handling = true;
    void d
      .lock()
      .catch((lockErr: unknown) => d.logger.error('lock after a crash failed', lockErr))
      .finally(() => {
        d.tellUser();
        d.restart();
      });
  });
  d.on('unhandledRejection', (err) => d.logger.error('unhandled rejection in the main process', err));
}
