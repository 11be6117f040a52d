/**
 * createCore wires one core instance: dependencies are passed in (Bitwarden-style
 * constructor injection), nothing is a module singleton, so tests build a core on a temp
 * folder with a fixed clock and the app builds one in main.
 */
import { join } from 'node:path';
import type { LockReason, Prefs, Settings } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { systemClock, type Clock } from './clock';
import { makeSerial, type CoreContext } from './core-context';
import { CoreEvents } from './events';
import type { CoreHandlers } from './handler-types';
import { appHandlers, readSettings } from './handlers/app-handlers';
import { lockVault, vaultHandlers } from './handlers/vault-handlers';
import { caseHandlers } from './handlers/case-handlers';
import { evidenceHandlers } from './handlers/evidence-handlers';
import { takedownHandlers } from './handlers/takedown-handlers';
import { dossierHandlers } from './handlers/dossier-handlers';
import { protocolHandlers } from './handlers/protocol-handlers';
import { loadSeed } from './takedowns/catalogue-seed';
import { syncCatalogue } from './takedowns/catalogue-repo';
import type { CatalogueSeed } from '../../shared/takedown-types';
import { silentLogger, type Logger } from './logger';
import { PrefsStore } from './prefs';
import type { ScryptParams } from './vault/kdf';
import type { Session } from './vault/session';

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
  /**
   * Folder with the DejaVu fonts the dossier PDF embeds. The host knows where its resources
   * are (main: packaged resources or the app path; CLI and bridge: the repository); without
   * it a dossier export fails with INTERNAL.
   */
  fontDir?: string;
}

export interface Core {
  handlers: CoreHandlers;
  events: CoreEvents;
  lock(reason: LockReason): Promise<void>;
  isUnlocked(): boolean;
  settings(): Settings | null;
  prefs(): Prefs;
  /** The open session, for in-process callers (CLI, tests); throws VAULT_LOCKED. */
  session(): Session;
  close(): Promise<void>;
}

export function createCore(opts: CoreOptions): Core {
  if (!opts.appDataDir && !opts.vaultDir) throw new AppError('VALIDATION', 'createCore needs appDataDir or vaultDir.');
  const prefs = new PrefsStore(opts.appDataDir);
  const stored = prefs.load();
  const defaultVaultDir = opts.appDataDir ? join(opts.appDataDir, 'vault') : opts.vaultDir!;
  const serial = makeSerial();
  const ctx: CoreContext = {
    clock: opts.clock ?? systemClock,
    logger: opts.logger ?? silentLogger,
    kdf: opts.kdf,
    fontDir: opts.fontDir,
    events: new CoreEvents(),
    prefs,
    defaultVaultDir,
    vaultDir: opts.vaultDir ?? stored.vaultDir ?? defaultVaultDir,
    session: null,
    serial,
    afterOpen: (session) => {
      syncCatalogue(session.db, opts.catalogueSeed ?? loadSeed(), ctx.clock.now());
    },
  };
  const handlers: CoreHandlers = { ...appHandlers(ctx), ...vaultHandlers(ctx), ...caseHandlers(ctx), ...evidenceHandlers(ctx), ...takedownHandlers(ctx), ...dossierHandlers(ctx), ...protocolHandlers(ctx) };
  const open = () => !!ctx.session && !ctx.session.isClosed();
  return {
    handlers,
    events: ctx.events,
    lock: (reason) => serial(() => lockVault(ctx, reason)),
    isUnlocked: open,
    settings: () => (open() ? readSettings(ctx.session!.db) : null),
    prefs: () => ({ language: prefs.get().language }),
    session: () => {
      if (!open()) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
      return ctx.session!;
    },
    close: () => serial(async () => lockVault(ctx, 'quit')),
  };
}
