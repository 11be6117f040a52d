/**
 * createCore wires one core instance: dependencies are passed in (Bitwarden-style
 * constructor injection), nothing is a module singleton, so tests build a core on a temp
 * folder with a fixed clock and the app builds one in main.
 */
import { join } from 'node:path';
import type { Prefs } from '../../shared/app-types';
import type { Settings } from '../../shared/settings-types';
import type { LockReason } from '../../shared/vault-types';
import { AppError } from '../../shared/errors';
import { systemClock, type Clock } from './clock';
import { makeSerial, type CoreContext } from './context';
import { CoreEvents } from './events';
import type { CoreHandlers } from './handler-types';
import { appHandlers } from './handlers/app';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backup';
import { caseHandlers } from './handlers/case';
import { dossierHandlers } from './handlers/dossier';
import { draftHandlers } from './handlers/draft';
import { inboxHandlers } from './handlers/inbox';
import { messageHandlers } from './handlers/message';
import { evidenceHandlers } from './handlers/evidence';
import { noteHandlers } from './handlers/note';
import { personHandlers } from './handlers/person';
import { platformHandlers } from './handlers/platform';
import { retentionHandlers } from './handlers/retention';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { staffHandlers } from './handlers/staff';
import { stepHandlers } from './handlers/step';
import { takedownHandlers } from './handlers/takedown';
import { captureHandlers, scheduledRemovalChecks } from './handlers/capture';
import type { CaptureHost } from './capture/cdp';
import { DEFAULT_LIMITS, type EngineLimits } from './capture/engine';
import { RemovalSchedule } from './capture/removal-schedule';
import { recoveryPending, vaultHandlers } from './handlers/vault';
import { IdleWatch } from './vault/idle-watch';
import { insideSession, lockAfterDrafts, requestLock } from './vault/lock';
import { readSettings } from './settings/settings';
import { loadSeed } from './platform/catalogue-seed';
import { syncCatalogue } from './platform/catalogue-repo';
import type { CatalogueSeed } from '../../shared/platform-types';
import { silentLogger, type Logger } from './logger';
import { PrefsStore } from './app/prefs';
import type { ScryptParams } from './vault/kdf';
import type { Session } from './vault/session';
import type { VideoImportOptions } from './evidence/video-import';

export interface CoreOptions {
  /** Where prefs.json lives and where the default vault folder is; omit for in-memory prefs. */
  appDataDir?: string;
  /** The vault folder to start with; default: the last one chosen, else <appDataDir>/vault. */
  vaultDir?: string;
  clock?: Clock;
  logger?: Logger;
  /** scrypt cost for new vaults and new passphrases; tests may lower it. */
  kdf?: ScryptParams;
  /** The shipped platform catalogue (default: resources/platforms.json); tests pass their own. */
  catalogueSeed?: CatalogueSeed;
  /** How often the idle lock is checked (default 1 s); 0 = never by itself (tests call core.idle.check()). */
  idleCheckMs?: number;
  /**
   * Folder with the DejaVu fonts the dossier PDF embeds. The host knows where its resources
   * are (main: packaged resources or the app path; CLI and bridge: the repository); without
   * it a dossier export fails with INTERNAL.
   */
  fontDir?: string;
  /**
   * How the video decoder's process is started and limited (docs/media.md "The decoder
   * process"): the Electron shell passes a utility-process launcher; default: a Node child.
   */
  video?: VideoImportOptions;
  /**
   * The browser for web captures and removal checks (issue 18): the capture window's
   * webContents.debugger in the app (electron/main/capture-host.ts), Chromium through
   * Playwright in the CLI and the preview (electron/bridge/chromium-capture.ts). Without it
   * capture channels answer "no browser".
   */
  capture?: CaptureHost;
  /** Tests shorten the capture engine's timeouts (a never-finishing page). */
  captureLimits?: Partial<EngineLimits>;
  /** How often scheduled removal checks are looked for; 0 (default) = never by itself (the CLI; tests call removalSchedule.tick()). */
  removalCheckIntervalMs?: number;
  /** How long a lock without a countdown waits for pending drafts (default vault/lock.ts DRAFT_GRACE_MS). */
  draftGraceMs?: number;
}

export interface Core {
  handlers: CoreHandlers;
  events: CoreEvents;
  lock(reason: LockReason): Promise<void>;
  /** A lock that lets the renderer write its pending drafts first (vault/lock.ts lockAfterDrafts). */
  lockAfterDrafts(reason: LockReason): Promise<void>;
  isUnlocked(): boolean;
  settings(): Settings | null;
  prefs(): Prefs;
  /** The open session, for in-process callers (CLI, tests); throws VAULT_LOCKED. */
  session(): Session;
  /** The idle lock (vault/idle-watch.ts). */
  idle: IdleWatch;
  /** Scheduled removal checks (capture/removal-schedule.ts). */
  removalSchedule: RemovalSchedule;
  close(): Promise<void>;
}

export function createCore(opts: CoreOptions): Core {
  if (!opts.appDataDir && !opts.vaultDir) throw new AppError('VALIDATION', 'createCore needs appDataDir or vaultDir.');
  const prefs = new PrefsStore(opts.appDataDir);
  const stored = prefs.load();
  const defaultVaultDir = opts.appDataDir ? join(opts.appDataDir, 'vault') : opts.vaultDir!;
  const serial = makeSerial();
  const clock = opts.clock ?? systemClock;
  const events = new CoreEvents();
  const idle = new IdleWatch({
    clock,
    events,
    minutes: () => (ctx.session?.isOpen() ? readSettings(ctx.session.db).autoLockMinutes : null),
    lock: () => requestLock(ctx, 'idle'),
    intervalMs: opts.idleCheckMs ?? 1000,
  });
  const ctx: CoreContext = {
    clock,
    logger: opts.logger ?? silentLogger,
    kdf: opts.kdf,
    fontDir: opts.fontDir,
    video: opts.video,
    events,
    idle,
    prefs,
    defaultVaultDir,
    vaultDir: opts.vaultDir ?? stored.vaultDir ?? defaultVaultDir,
    session: null,
    serial,
    capture: opts.capture ?? null,
    captureLimits: { ...DEFAULT_LIMITS, ...opts.captureLimits },
    captureQueue: makeSerial(),
    afterOpen: (session) => {
      syncCatalogue(session.db, opts.catalogueSeed ?? loadSeed(), ctx.clock.now());
    },
  };
  // One handler module per domain (shared/contract-<domain>.ts <-> handlers/<domain>.ts).
  const byDomain: CoreHandlers = {
    ...appHandlers(ctx),
    ...vaultHandlers(ctx),
    ...settingsHandlers(ctx),
    ...auditHandlers(ctx),
    ...caseHandlers(ctx),
    ...noteHandlers(ctx),
    ...personHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...searchHandlers(ctx),
    ...platformHandlers(ctx),
    ...takedownHandlers(ctx),
    ...stepHandlers(ctx),
    ...retentionHandlers(ctx),
    ...backupHandlers(ctx),
    ...dossierHandlers(ctx),
    ...captureHandlers(ctx),
    ...staffHandlers(ctx),
    ...draftHandlers(ctx),
    ...inboxHandlers(ctx),
    ...messageHandlers(ctx),
  };
  const removalSchedule = new RemovalSchedule({ intervalMs: opts.removalCheckIntervalMs ?? 0, runDue: scheduledRemovalChecks(ctx) });
  removalSchedule.start();
  // Every handler but the vault's own lifecycle works inside the open session, so a lock
  // waits for it (vault/lock.ts); the vault:* handlers run one at a time with the lock.
  // Until a recovery key shown in the app is confirmed, the vault is not used (issue 16 item 7):
  // only the vault's own lifecycle and the app's prefs answer.
  const untilConfirmed = (name: string, h: (...a: unknown[]) => Promise<unknown>) => async (...a: unknown[]) => {
    if (!name.startsWith('app:') && ctx.session?.isOpen() && recoveryPending(ctx.session)) {
      throw new AppError('RECOVERY_KEY_UNCONFIRMED', 'Confirm the recovery key first.');
    }
    return h(...a);
  };
  const handlers = Object.fromEntries(
    Object.entries(byDomain).map(([name, h]) => [name, name.startsWith('vault:') ? h : untilConfirmed(name, insideSession(ctx, h as (...a: unknown[]) => Promise<unknown>))]),
  ) as CoreHandlers;
  const open = () => !!ctx.session && ctx.session.isOpen();
  return {
    handlers,
    events: ctx.events,
    lock: (reason) => requestLock(ctx, reason),
    lockAfterDrafts: (reason) => lockAfterDrafts(ctx, reason, opts.draftGraceMs),
    isUnlocked: open,
    settings: () => (open() ? readSettings(ctx.session!.db) : null),
    prefs: () => ({ language: prefs.get().language }),
    session: () => {
      if (!open()) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
      return ctx.session!;
    },
    idle,
    removalSchedule,
    close: async () => {
      removalSchedule.stop();
      await requestLock(ctx, 'quit');
      await ctx.capture?.close().catch(() => undefined);
    },
  };
}
