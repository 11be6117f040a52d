/**
 * Binds the shared dispatch to Electron IPC, and pushes core events to the window.
 * Invariants: a call is dispatched only when it comes from the main frame of our own window
 * while that frame shows the app's origin; anything else gets UNAUTHORIZED and never reaches
 * the core. Input validation is the dispatcher's job (zod, electron/core/dispatch.ts).
 * No runtime `electron` import: ipcMain is passed in, so this is unit-testable in Node.
 *
 * Electron security checklist #17 "Validate the sender of all IPC messages":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { AppError, type Result } from '../../shared/errors';
import { IPC } from '../../shared/transport';
import type { Dispatch } from '../core/dispatch';
import type { CoreEvents } from '../core/events';
import type { Logger } from '../core/logger';
import type { AppOrigin } from './app-origin';

/** The parts of a frame the check looks at (WebFrameMain in the app, plain objects in tests). */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export function isTrustedSender(
  senderFrame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  origin: AppOrigin,
): boolean {
  if (!senderFrame || !mainFrame) return false;
  if (senderFrame.parent !== null) return false;
  if (senderFrame.processId !== mainFrame.processId || senderFrame.routingId !== mainFrame.routingId) return false;
  return origin.isAppUrl(senderFrame.url);
}

const unauthorized: Result<unknown> = {
  ok: false,
  error: new AppError('UNAUTHORIZED', 'This caller may not use the app interface.').toData(),
};

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dispatch: Dispatch;
  getWindow: () => BrowserWindow | null;
  origin: AppOrigin;
  logger: Logger;
}

/** Returns the unbind function. */
export function bindIpc(deps: IpcDeps): () => void {
  deps.ipcMain.handle(IPC.invoke, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const win = deps.getWindow();
    const trusted =
      win !== null && !win.isDestroyed() && event.sender === win.webContents &&
      isTrustedSender(event.senderFrame, win.webContents.mainFrame, deps.origin);
    if (!trusted) {
      deps.logger.warn('ipc call from an untrusted sender refused', { channel: typeof channel === 'string' ? channel.slice(0, 64) : '?' });
      return unauthorized;
    }
    return deps.dispatch(channel, input, { transport: 'ipc' });
  });
  return () => deps.ipcMain.removeHandler(IPC.invoke);
}

/** Forward every core event to the window; returns the unsubscribe function. */
export function forwardEvents(events: CoreEvents, getWindow: () => BrowserWindow | null): () => void {
  return events.onAny((name, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC.event, name, payload);
  });
}
