/**
 * Lifecycle of the Electron shell: the only entry point of the main process.
 * Invariants: everything that must precede `ready` (sandbox for all renderers, the privileged
 * scheme, the userData override, the single-instance lock) happens at module load, in that
 * order; one core and one window per process; the vault is locked and the core closed
 * before the app exits. All domain logic lives in electron/core (plain Node); this file only
 * wires it to Electron. The HTTP bridge and the CLI are never imported here.
 */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session, utilityProcess, type Event as ElectronEvent, type Session } from 'electron';
import type { Language } from '../../shared/app-types';
import { createCore, type Core } from '../core/create-core';
import { createDispatcher } from '../core/dispatch';
import { PathGrants } from '../core/files/path-grants';
import { stderrLogger } from '../core/logger';
import { createAppOrigin, parseDevServerUrl } from './app-origin';
import { startAutoLock } from './auto-lock';
import { createExternalLinkOpener } from './external-links';
import { hardenSession, hardenWebContents } from './harden';
import { createHostHandlers } from './host-handlers';
import { bindIpc, forwardEvents } from './ipc';
import { lockBeforeClose } from './close-lock';
import { applyMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { decoderPathsFor, fontDirFor, windowIconFor } from './resource-paths';
import { shellText } from './shell-messages';
import { installCrashGuard } from './crash-guard';
import { createMainWindow } from './window';
import { electronCaptureHost } from './capture-host';
import { CAPTURE_PARTITION, hardenCaptureSession, type CaptureWindowDeps } from './capture-window';
import { utilityProcessSpawner } from './video-decoder-launcher';

const logger = stderrLogger;

// Tests point userData at a temp folder (tests/electron/smoke.spec.ts). Honoured only in
// unpackaged builds, and set before the single-instance lock, which is keyed on userData.
const userDataOverride = process.env.BEWIJSKLUIS_USER_DATA;
if (!app.isPackaged && userDataOverride) app.setPath('userData', resolve(userDataOverride));

// Security checklist #4 "Enable process sandboxing" for every renderer, not just ours.
app.enableSandbox();
registerAppScheme();

// electron-vite sets ELECTRON_RENDERER_URL in `dev`; ignored when packaged (app-origin.ts).
const devServer = app.isPackaged ? null : parseDevServerUrl(process.env.ELECTRON_RENDERER_URL);
const isDev = devServer !== null;
const origin = createAppOrigin(devServer);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
const getLanguage = (): Language => core?.prefs().language ?? 'nl';
const openLink = createExternalLinkOpener({ getWindow, getLanguage });

function focusWindow(): void {
  const win = getWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

// The capture window's session (issue 18; capture-window.ts), made on the first capture: its
// partition is created with the HTTP cache off, so this must be the first use of it.
let captureSession: Session | null = null;
let captureDeps: CaptureWindowDeps | null = null;
function captureWindowDeps(): CaptureWindowDeps {
  if (!captureDeps) {
    const s = session.fromPartition(CAPTURE_PARTITION, { cache: false });
    hardenCaptureSession(s);
    captureSession = s;
    captureDeps = { session: s, BrowserWindow, title: () => shellText(getLanguage())('captureWindowTitle') };
  }
  return captureDeps;
}
const isCaptureContents = (contents: { session: Session }): boolean => captureSession !== null && contents.session === captureSession;

/** The menu's lock (Ctrl+L goes to the menu's accelerator before the page sees it): drafts first. */
function lockManually(c: Core): void {
  c.lockAfterDrafts('manual').catch((err: unknown) => logger.error('lock failed', err));
}

function start(): void {
  const location = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  // Web capture over the capture window (issue 18); removal checks the officer scheduled are looked for every minute.
  // Videos are decoded in a utility process (runAsNode is fused off when packaged); called after ready, as fork requires.
  const video = { spawn: utilityProcessSpawner((modulePath, args, options) => utilityProcess.fork(modulePath, args, options)), paths: decoderPathsFor(location) };
  const c = createCore({ appDataDir: app.getPath('userData'), logger, fontDir: fontDirFor(location), capture: electronCaptureHost(captureWindowDeps), removalCheckIntervalMs: 60_000, video });
  core = c;

  hardenSession(session.defaultSession, origin, (contents) => contents !== null && contents === getWindow()?.webContents);
  handleAppProtocol(session.defaultSession, join(__dirname, '../renderer'), logger);

  // The paths the user chose in this run's dialogs: the only ones the page may name.
  const grants = new PathGrants();
  const dispatch = createDispatcher({ ...c.handlers, ...createHostHandlers({ getWindow, grants, getLanguage, openLink }) }, logger, { grants });
  bindIpc({ ipcMain, dispatch, getWindow, origin, logger });
  forwardEvents(c.events, getWindow);

  const menuDeps = { isDev, lock: () => lockManually(c), getWindow };
  applyMenu({ ...menuDeps, language: getLanguage() });
  c.events.onAny((name) => {
    if (name === 'app:prefs-changed') applyMenu({ ...menuDeps, language: getLanguage() });
  });

  startAutoLock({ power: powerMonitor, core: c, logger });

  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    startUrl: origin.startUrl,
    allowDevTools: !app.isPackaged,
    icon: windowIconFor(location),
  });
  lockBeforeClose(mainWindow, c, logger);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

let shutdownState: 'running' | 'closing' | 'closed' = 'running';

/** Lock, then close the core, then let the quit continue (checked on every before-quit). */
function onBeforeQuit(event: ElectronEvent): void {
  if (shutdownState === 'closed' || !core) return;
  event.preventDefault();
  if (shutdownState === 'closing') return;
  shutdownState = 'closing';
  const c = core;
  // Quit from the menu with the window still open: its drafts are written first.
  c.lockAfterDrafts('quit')
    .then(() => c.close())
    .catch((err: unknown) => logger.error('shutdown failed', err))
    .finally(() => {
      shutdownState = 'closed';
      app.quit();
    });
}

installCrashGuard({
  on: (event, listener) => process.on(event, listener),
  lock: () => core?.lock('quit') ?? Promise.resolve(),
  tellUser: () => dialog.showErrorBox('Bewijskluis', shellText(getLanguage())('crashed')),
  restart: () => {
    app.relaunch();
    app.exit(1);
  },
  logger,
});

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this userData (and its vault): hand over and leave.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  // Checklist #13/#14/#12 for every webContents, including any created later.
  // The capture window browses the web: it has its own hardening (capture-window.ts), applied where it is made.
  app.on('web-contents-created', (_event, contents) => {
    if (!isCaptureContents(contents)) hardenWebContents(contents, origin, openLink);
  });
  app.on('before-quit', onBeforeQuit);
  // A vault app ends its session with its window, on macOS too: closing locks and quits.
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      logger.error('startup failed', err);
      dialog.showErrorBox('Bewijskluis', shellText(getLanguage())('startupFailed'));
      app.exit(1);
    });
}
