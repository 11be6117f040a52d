/**
 * The preload: the only code that runs with access to both the page and Electron IPC.
 * Invariants: it exposes exactly `window.api = { invoke, on }` (shared/transport.ts
 * RendererBridge) and nothing else; raw `ipcRenderer`, its events and Node objects never
 * reach the page; it holds no logic beyond forwarding. It runs sandboxed (bundled CJS,
 * electron.vite.config.ts), so it may import only `electron` and bundled code.
 *
 * Electron security checklist #3 "Enable context isolation" and #20 "Do not expose Electron
 * APIs to untrusted web content": https://www.electronjs.org/docs/latest/tutorial/security
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../../shared/errors';
import { IPC, type RendererBridge } from '../../shared/transport';

const api: RendererBridge = {
  invoke(channel, input) {
    // The channel name and input travel as plain arguments; main validates both (zod).
    return ipcRenderer.invoke(IPC.invoke, channel, input) as Promise<Result<unknown>>;
  },
  on(event, listener) {
    // Wrap the listener so the page never receives the IpcRendererEvent (it carries `sender`).
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC.event, forward);
    return () => {
      ipcRenderer.removeListener(IPC.event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
