/**
 * The state and dependencies shared by the handler modules of one core instance.
 * Invariants: no module-level state — everything hangs off this object, made by createCore;
 * at most one Session is open; state changes of the vault run one at a time (serial()).
 */
import { AppError } from '../../shared/errors';
import type { Clock } from './clock';
import type { CoreEvents } from './events';
import type { Logger } from './logger';
import type { PrefsStore } from './app/prefs';
import type { ScryptParams } from './vault/kdf';
import type { IdleWatch } from './vault/idle-watch';
import type { Session } from './vault/session';
import type { CaptureHost } from './capture/cdp';
import type { EngineLimits } from './capture/engine';
import type { VideoImportOptions } from './evidence/video-import';

export interface CoreContext {
  clock: Clock;
  logger: Logger;
  kdf: ScryptParams | undefined;
  /** Where the dossier PDF's fonts are (CoreOptions.fontDir). */
  fontDir: string | undefined;
  /** How videos are decoded (CoreOptions.video). */
  video: VideoImportOptions | undefined;
  events: CoreEvents;
  prefs: PrefsStore;
  defaultVaultDir: string;
  vaultDir: string;
  session: Session | null;
  /** Locks the open vault after the configured idle time (vault/idle-watch.ts). */
  idle: IdleWatch;
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /** The browser web captures and removal checks use (CoreOptions.capture); null: none here. */
  capture: CaptureHost | null;
  captureLimits: EngineLimits;
  /** Captures and removal checks, one at a time. */
  captureQueue<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs once each time a vault is opened (created, unlocked, recovered): e.g. catalogue seeding. */
  afterOpen(session: Session): void;
}

export function requireSession(ctx: CoreContext): Session {
  if (!ctx.session || !ctx.session.isOpen()) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  return ctx.session;
}

/** Runs async functions strictly one after another (a promise-chain mutex). */
export function makeSerial(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
