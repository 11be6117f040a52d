/**
 * The one capture engine speaks the Chrome DevTools Protocol (https://chromedevtools.github.io/devtools-protocol/)
 * through this small interface, so it runs the same over two drivers (issue 18 item 2):
 * Electron's `webContents.debugger` in the app (electron/main/capture-debugger.ts) and
 * Playwright's CDP session on Debian's Chromium in the CLI, the browser preview and the tests
 * (electron/bridge/chromium-capture.ts). The core never imports either.
 */
import type { CaptureDriver } from '../../../shared/capture-types';

export interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Subscribes to a CDP event; returns the unsubscribe function. */
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
}

/** One browser tab the engine drives. */
export interface CapturePage {
  cdp: CdpSession;
  close(): Promise<void>;
}

export interface CaptureAvailability {
  available: boolean;
  reason: 'no-browser' | null;
}

/** The app's capture window (Electron only): the officer navigates, the engine records. */
export interface CaptureWindowControl {
  /**
   * Opens the window on a blank page (or brings it forward); the page is the window's tab. The
   * core navigates it once its recorder listens, so the first load's redirects are seen too.
   */
  open(): Promise<CapturePage>;
  close(): Promise<void>;
  isOpen(): boolean;
}

/** What a shell gives the core to capture with (CoreOptions.capture). */
export interface CaptureHost {
  readonly driver: CaptureDriver;
  availability(): Promise<CaptureAvailability>;
  /** A fresh tab for one load-and-capture (a removal check, a capture by URL); the caller closes it. */
  openPage(): Promise<CapturePage>;
  /** Present where the officer navigates a window of their own (the app). */
  readonly window?: CaptureWindowControl;
  close(): Promise<void>;
}
