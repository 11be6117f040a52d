/**
 * The capture engine's Electron driver (issue 18 item 2): the CDP the engine speaks
 * (electron/core/capture/cdp.ts), over `webContents.debugger` (https://www.electronjs.org/docs/latest/api/debugger):
 * attach once with protocol 1.3, `sendCommand` for calls, the 'message' event for CDP events.
 * Takes the debugger as a parameter, so tests/electron/unit/capture-window.test.ts drives it
 * with a stand-in.
 */
import type { Debugger } from 'electron';
import type { CdpSession } from '../core/capture/cdp';

export const CDP_VERSION = '1.3';

export type DebuggerLike = Pick<Debugger, 'attach' | 'isAttached' | 'sendCommand' | 'on' | 'removeListener'>;

export function cdpOverDebugger(dbg: DebuggerLike): CdpSession {
  if (!dbg.isAttached()) dbg.attach(CDP_VERSION);
  return {
    send: (method, params) => dbg.sendCommand(method, params) as Promise<unknown>,
    on: (event, listener) => {
      const onMessage = (_e: unknown, method: string, params: unknown) => {
        if (method === event) listener((params ?? {}) as Record<string, unknown>);
      };
      dbg.on('message', onMessage as Parameters<Debugger['on']>[1]);
      return () => void dbg.removeListener('message', onMessage as Parameters<Debugger['on']>[1]);
    },
  };
}
