/**
 * The app's CaptureHost (electron/core/capture/cdp.ts): the officer's capture window, and
 * hidden tabs in the same session for removal checks and captures by URL (so a platform the
 * officer logged in to shows them what it shows the officer). Both are capture windows
 * (capture-window.ts) driven over webContents.debugger (capture-debugger.ts).
 * Invariants: at most one visible capture window; a hidden tab is destroyed when its capture
 * ends; closing the core closes them all.
 */
import type { BrowserWindow } from 'electron';
import type { CaptureHost, CapturePage } from '../core/capture/cdp';
import { cdpOverDebugger } from './capture-debugger';
import { openCaptureWindow, type CaptureWindowDeps } from './capture-window';

function pageOf(win: BrowserWindow): CapturePage {
  return {
    cdp: cdpOverDebugger(win.webContents.debugger),
    close: async () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

/** `getDeps` is called on the first capture only: the partition's session is made then, not at start-up. */
export function electronCaptureHost(getDeps: () => CaptureWindowDeps): CaptureHost {
  let visible: { win: BrowserWindow; page: CapturePage } | null = null;
  const hidden = new Set<BrowserWindow>();
  const isOpen = () => !!visible && !visible.win.isDestroyed();

  return {
    driver: 'electron',
    availability: async () => ({ available: true, reason: null }),
    openPage: async () => {
      const win = openCaptureWindow(getDeps(), false);
      hidden.add(win);
      win.on('closed', () => hidden.delete(win));
      // The engine navigates (Page.navigate) once its recorder listens.
      await win.loadURL('about:blank');
      return pageOf(win);
    },
    window: {
      isOpen,
      open: async () => {
        if (!isOpen()) {
          const win = openCaptureWindow(getDeps(), true);
          visible = { win, page: pageOf(win) };
          win.on('closed', () => {
            visible = null;
          });
          await win.loadURL('about:blank');
        }
        const { win, page } = visible!;
        if (win.isMinimized()) win.restore();
        win.focus();
        return page;
      },
      close: async () => {
        if (isOpen()) visible!.win.close();
      },
    },
    close: async () => {
      for (const w of [visible?.win, ...hidden]) if (w && !w.isDestroyed()) w.destroy();
      visible = null;
      hidden.clear();
    },
  };
}
