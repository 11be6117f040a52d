/**
 * The capture window (issue 18 item 1): a browser the officer navigates to the post, with the
 * app recording it over CDP (capture-debugger.ts). It is a different world from the app's own
 * window, and hardened for hostile pages:
 *  - its own persistent session partition (CAPTURE_PARTITION), so the officer logs in to a
 *    platform once; the HTTP cache is off (no page or picture is cached on disk) and storage
 *    other than cookies and localStorage is cleared when the window closes;
 *  - no preload, context isolation, sandbox, no Node, no <webview>: the page has no
 *    window.api, and IPC from it is refused anyway (ipc.ts accepts only the main window);
 *  - every permission request and check denied, device and display-capture requests too;
 *  - every download cancelled; navigation to http and https only (no file:, app:, data: or
 *    javascript:), a new window is loaded in this one instead (links with target=_blank);
 *  - the app:// scheme is not registered in this session (protocol.ts serves the default
 *    session only), so a page cannot read the app's files;
 *  - a fixed title, so a post's title (often a name) never shows in the task bar.
 *
 * Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security):
 * #2, #3, #4 (no Node, isolation, sandbox), #5 (permissions), #12 (webview), #13 (navigation),
 * #14 (new windows), #17 (IPC sender), session.fromPartition options (cache).
 * Electron's objects are passed in, so tests/electron/unit/capture-window.test.ts runs this
 * with stand-ins.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const CAPTURE_PARTITION = 'persist:bewijskluis-capture';

/** Storage a captured page may leave; cookies and localStorage stay (the officer's logins). */
export const CLEARED_ON_CLOSE = ['cachestorage', 'serviceworkers', 'shadercache', 'indexdb', 'filesystem'] as const;

/** Only web pages: http and https. */
export function isWebUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The session's side: permissions, devices, screen capture, downloads (applied once per session). */
export function hardenCaptureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
}

/** The webContents' side: where it may go and what it may open. */
export function hardenCaptureContents(contents: WebContents): void {
  const webOnly = (event: { preventDefault(): void }, url: string): void => {
    if (!isWebUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => webOnly(event, event.url));
  contents.on('will-frame-navigate', (event) => webOnly(event, event.url));
  contents.on('will-redirect', (event) => webOnly(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    // One window: a link that opens a new one loads here, where the recorder watches.
    if (isWebUrl(url)) void contents.loadURL(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface CaptureWindowDeps {
  /** `session.fromPartition(CAPTURE_PARTITION, { cache: false })`: made before any window uses the partition. */
  session: Session;
  /** Electron's BrowserWindow (a stand-in in tests). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The fixed window title, in the app's language. */
  title(): string;
}

/** A capture window (visible, the officer's) or tab (hidden, a removal check or a capture by URL). */
export function openCaptureWindow(deps: CaptureWindowDeps, show: boolean): BrowserWindow {
  const { BrowserWindow } = deps;
  // The options are written out here, where Electronegativity (npm run security) can read them.
  const win = new BrowserWindow({
    title: deps.title(),
    width: 1280,
    height: 900,
    show,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      session: deps.session,
      // No preload: the page gets no bridge at all (not even window.api's two functions).
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
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    },
  });
  win.on('page-title-updated', (event) => event.preventDefault());
  hardenCaptureContents(win.webContents);
  win.on('closed', () => {
    // What a page stored beyond cookies and localStorage goes with the window.
    void deps.session.clearStorageData({ storages: [...CLEARED_ON_CLOSE] }).catch(() => undefined);
  });
  return win;
}
