// The capture window's isolation and its webContents.debugger driver (issue 18), with
// plain-object stand-ins for what Electron passes (no Electron binary runs here).
//
// What this proves: the window is made with no preload, sandbox, context isolation, no Node,
// no webview, no devtools and the capture session (never the app's); that session denies
// every permission request and check, device and screen-capture request, and cancels every
// download; the window's page can navigate only to http(s), loads target=_blank links in
// itself, cannot attach a webview nor rename the window; IPC from it never reaches the
// dispatcher (ipc.ts, real code); the debugger driver attaches once with CDP 1.3, forwards
// commands and delivers only the events asked for; the host keeps one visible window and
// destroys the hidden tabs it opens.
//
// What it cannot prove: that Electron and Chromium call these handlers for every case the
// way the API documents (a real run of the app: tests/electron/smoke.spec.ts where a binary
// exists), that a hidden window renders for Page.captureScreenshot, or the real CDP traffic
// (that is the engine's test on Debian's Chromium, tests/core/capture.test.ts).
import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, Debugger, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/core/logger';
import { createAppOrigin } from '../../../electron/main/app-origin';
import { cdpOverDebugger } from '../../../electron/main/capture-debugger';
import { electronCaptureHost } from '../../../electron/main/capture-host';
import { CAPTURE_PARTITION, CLEARED_ON_CLOSE, hardenCaptureSession, isWebUrl, openCaptureWindow, type CaptureWindowDeps } from '../../../electron/main/capture-window';
import { bindIpc } from '../../../electron/main/ipc';
import { IPC } from '../../../shared/transport';

/** A Session stand-in that keeps the handlers the code installs. */
interface SessionStandIn {
  request?: (wc: unknown, permission: string, cb: (ok: boolean) => void, details: unknown) => void;
  check?: (wc: unknown, permission: string) => boolean;
  device?: () => boolean;
  display?: (req: unknown, cb: (streams: unknown) => void) => void;
  cleared: unknown[];
  setPermissionRequestHandler(h: SessionStandIn['request']): void;
  setPermissionCheckHandler(h: SessionStandIn['check']): void;
  setDevicePermissionHandler(h: SessionStandIn['device']): void;
  setDisplayMediaRequestHandler(h: SessionStandIn['display']): void;
  on(event: string, fn: (...a: unknown[]) => void): void;
  emit(event: string, ...a: unknown[]): void;
  clearStorageData(opts: unknown): Promise<void>;
}

function standInSession(): SessionStandIn {
  const events = new EventEmitter();
  const s: SessionStandIn = {
    cleared: [],
    setPermissionRequestHandler: (h) => void (s.request = h),
    setPermissionCheckHandler: (h) => void (s.check = h),
    setDevicePermissionHandler: (h) => void (s.device = h),
    setDisplayMediaRequestHandler: (h) => void (s.display = h),
    on: (event, fn) => void events.on(event, fn),
    emit: (event, ...a) => void events.emit(event, ...a),
    clearStorageData: async (opts) => void s.cleared.push(opts),
  };
  return s;
}

/** A debugger stand-in: records commands, emits 'message' like Electron. */
function standInDebugger() {
  const em = new EventEmitter();
  let attached = false;
  const dbg = {
    attachCalls: [] as string[],
    sent: [] as [string, unknown][],
    attach: (v: string) => {
      attached = true;
      dbg.attachCalls.push(v);
    },
    isAttached: () => attached,
    sendCommand: async (method: string, params?: unknown) => {
      dbg.sent.push([method, params]);
      return { ok: method };
    },
    on: (e: string, fn: (...a: unknown[]) => void) => em.on(e, fn),
    removeListener: (e: string, fn: (...a: unknown[]) => void) => em.removeListener(e, fn),
    emit: (e: string, ...a: unknown[]) => em.emit(e, ...a),
  };
  return dbg;
}

/** A BrowserWindow stand-in with the webContents events the hardening listens to. */
class StandInWindow extends EventEmitter {
  static made: StandInWindow[] = [];
  destroyed = false;
  loaded: string[] = [];
  contents = Object.assign(new EventEmitter(), {
    windowOpen: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.windowOpen = h;
    },
    loadURL: async (url: string) => void this.loaded.push(url),
    debugger: standInDebugger(),
  });
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    StandInWindow.made.push(this);
  }
  get webContents() {
    return this.contents as unknown as WebContents;
  }
  loadURL = async (url: string) => void this.loaded.push(url);
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
    this.emit('closed');
  };
  close = () => this.destroy();
  isMinimized = () => false;
  restore = () => undefined;
  focus = () => undefined;
}

function deps(): { deps: CaptureWindowDeps; session: ReturnType<typeof standInSession> } {
  const session = standInSession();
  hardenCaptureSession(session as unknown as Session);
  return { session, deps: { session: session as unknown as Session, BrowserWindow: StandInWindow as unknown as CaptureWindowDeps['BrowserWindow'], title: () => 'Bewijskluis – vastleggen van het web' } };
}

const prevented = () => {
  let p = false;
  return { event: { preventDefault: () => (p = true) }, was: () => p };
};

describe('capture window: isolation (stand-ins for Electron)', () => {
  it('has no preload, is sandboxed and isolated, without Node, webview or devtools, in the capture session', () => {
    const { deps: d, session } = deps();
    const win = openCaptureWindow(d, true) as unknown as StandInWindow;
    const wp = win.options.webPreferences!;
    expect(wp.preload).toBeUndefined();
    expect(wp).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false, devTools: false, allowRunningInsecureContent: false });
    expect(wp.session).toBe(session);
    expect(wp.partition).toBeUndefined();
    expect(win.options.title).toBe('Bewijskluis – vastleggen van het web');
    expect(CAPTURE_PARTITION.startsWith('persist:')).toBe(true);
    // The page cannot rename the window (a post's title often names someone).
    const t = prevented();
    win.emit('page-title-updated', t.event);
    expect(t.was()).toBe(true);
  });

  it('denies every permission request and check, devices and screen capture', () => {
    const { session } = deps();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fileSystem', 'openExternal', 'midiSysex', 'display-capture', 'unknown']) {
      const cb = vi.fn();
      session.request!({}, permission, cb, { isMainFrame: true, requestingUrl: 'https://www.instagram.com/' });
      expect(cb, permission).toHaveBeenCalledWith(false);
      expect(session.check!({}, permission), permission).toBe(false);
    }
    expect(session.device!()).toBe(false);
    const streams = vi.fn();
    session.display!({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
  });

  it('cancels every download', () => {
    const { session } = deps();
    const t = prevented();
    const item = { cancel: vi.fn() };
    session.emit('will-download', t.event, item);
    expect(t.was()).toBe(true);
    expect(item.cancel).toHaveBeenCalled();
  });

  it('navigates only to http(s); a new window loads in this one; no webview', () => {
    const { deps: d } = deps();
    const win = openCaptureWindow(d, true) as unknown as StandInWindow;
    const c = win.contents;
    for (const [url, blocked] of [
      ['https://www.tiktok.com/@a/video/1', false],
      ['http://fakegram.localhost:1/p', false],
      ['file:///etc/passwd', true],
      ['app://bewijskluis/index.html', true],
      ['javascript:alert(1)', true],
      ['data:text/html,<h1>x</h1>', true],
      ['chrome://settings', true],
    ] as const) {
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        const t = prevented();
        c.emit(event, { ...t.event, url });
        expect(t.was(), `${event} ${url}`).toBe(blocked);
      }
    }
    expect(c.windowOpen!({ url: 'https://www.instagram.com/p/x/' })).toEqual({ action: 'deny' });
    expect(c.windowOpen!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    // The https link was loaded in the capture window itself, the file: one nowhere.
    expect(win.loaded).toEqual(['https://www.instagram.com/p/x/']);
    const w = prevented();
    c.emit('will-attach-webview', w.event);
    expect(w.was()).toBe(true);
    expect(isWebUrl('https://x.com/a')).toBe(true);
    expect(isWebUrl('ftp://x.com/a')).toBe(false);
  });

  it('clears what a page stored (not the logins) when the window closes', () => {
    const { deps: d, session } = deps();
    const win = openCaptureWindow(d, true) as unknown as StandInWindow;
    win.destroy();
    expect(session.cleared).toEqual([{ storages: [...CLEARED_ON_CLOSE] }]);
    expect(CLEARED_ON_CLOSE).not.toContain('cookies');
  });

  it('no app channel is reachable from it: IPC from the capture window is refused before the dispatcher', async () => {
    let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) | undefined;
    const ipcMain = { handle: (_c: string, h: typeof handler) => void (handler = h), removeHandler: vi.fn() };
    const origin = createAppOrigin(null);
    const mainFrame = { url: 'app://bewijskluis/index.html', parent: null, processId: 4, routingId: 1 };
    const appWindow = { isDestroyed: () => false, webContents: { mainFrame } } as unknown as BrowserWindow;
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    bindIpc({ ipcMain, dispatch, getWindow: () => appWindow, origin, logger: silentLogger });
    const { deps: d } = deps();
    const capture = openCaptureWindow(d, true) as unknown as StandInWindow;
    // Even a capture page that somehow showed the app's URL and had an IPC path is refused.
    for (const channel of ['vault:get-status', 'evidence:reveal', 'capture:take', 'host:choose-file']) {
      const r = (await handler!({ sender: capture.webContents, senderFrame: { ...mainFrame, processId: 9 } } as unknown as IpcMainInvokeEvent, channel, {})) as { ok: boolean; error?: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(IPC.invoke).toBe('bk:invoke');
  });
});

describe('webContents.debugger driver (stand-in debugger)', () => {
  it('attaches once with CDP 1.3, forwards commands, delivers only the events asked for, and unsubscribes', async () => {
    const dbg = standInDebugger();
    const cdp = cdpOverDebugger(dbg as unknown as Debugger);
    cdpOverDebugger(dbg as unknown as Debugger);
    expect(dbg.attachCalls).toEqual(['1.3']);
    expect(await cdp.send('Page.captureScreenshot', { format: 'png' })).toEqual({ ok: 'Page.captureScreenshot' });
    expect(dbg.sent).toEqual([['Page.captureScreenshot', { format: 'png' }]]);
    const got: unknown[] = [];
    const off = cdp.on('Network.responseReceived', (p) => got.push(p));
    dbg.emit('message', {}, 'Network.requestWillBeSent', { requestId: '1' });
    dbg.emit('message', {}, 'Network.responseReceived', { requestId: '1', response: { status: 200 } });
    off();
    dbg.emit('message', {}, 'Network.responseReceived', { requestId: '2' });
    expect(got).toEqual([{ requestId: '1', response: { status: 200 } }]);
  });
});

describe('the app\u2019s capture host (stand-in windows)', () => {
  it('one visible window reused; hidden tabs for checks, destroyed when done; all closed with the host', async () => {
    StandInWindow.made = [];
    let made = 0;
    const { deps: d } = deps();
    const host = electronCaptureHost(() => {
      made++;
      return d;
    });
    expect(made).toBe(0);
    expect(host.window!.isOpen()).toBe(false);
    await host.window!.open();
    await host.window!.open();
    expect(StandInWindow.made).toHaveLength(1);
    expect(StandInWindow.made[0]!.options.show).toBe(true);
    expect(StandInWindow.made[0]!.loaded).toEqual(['about:blank']);
    expect(host.window!.isOpen()).toBe(true);
    const tab = await host.openPage();
    const hidden = StandInWindow.made[1]!;
    expect(hidden.options.show).toBe(false);
    expect(hidden.options.webPreferences!.session).toBe(d.session);
    await tab.close();
    expect(hidden.destroyed).toBe(true);
    await host.close();
    expect(StandInWindow.made.every((w) => w.destroyed)).toBe(true);
    expect(host.window!.isOpen()).toBe(false);
    expect(made).toBeGreaterThan(0);
  });
});
