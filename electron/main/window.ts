/**
 * The one application window. Invariants: webPreferences are the hardened set below and
 * never loosened; the title is always "Bewijskluis" (the page may not rename the window, so
 * a case or person's name never shows in the task bar, docs/ux.md "Privacy on screen"); devtools
 * exist only in unpackaged builds.
 *
 * Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security):
 * #2 "Do not enable Node.js integration for remote content", #3 "Enable context isolation",
 * #4 "Enable process sandboxing", #6 "Do not disable webSecurity", #8 "Do not enable
 * allowRunningInsecureContent", #9 "Do not enable experimental features", #11 "Do not use
 * enableBlinkFeatures", #12 "Do not use <webview>".
 */
import { BrowserWindow } from 'electron';

export const WINDOW_TITLE = 'Bewijskluis';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  allowDevTools: boolean;
  /** PNG for the window and taskbar (resource-paths.ts windowIconFor). */
  icon: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    icon: opts.icon,
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway by
      // setWindowOpenHandler); Electronegativity AUXCLICK_JS_CHECK.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: opts.allowDevTools,
    },
  });
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.startUrl);
  return win;
}
