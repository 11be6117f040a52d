/**
 * The shape both transports give the renderer. In the app the preload exposes exactly this
 * as `window.api` (contextBridge); in the browser preview renderer/src/lib/api builds the
 * same over HTTP. Nothing else crosses the boundary.
 */
import type { Result } from './errors';

export interface RendererBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to a pushed event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** HTTP bridge protocol (dev/test/preview only; never in the packaged app). */
export const BRIDGE = {
  /** POST `${apiPrefix}${channel}` with a JSON body; answers 200 with a Result. */
  apiPrefix: '/api/',
  /** GET, Server-Sent Events: `event: <name>` / `data: <json>`; token as query parameter. */
  eventsPath: '/events',
  tokenHeader: 'x-bewijskluis-token',
  tokenQuery: 'token',
  /** The bridge injects the per-run token into index.html as this meta tag. */
  tokenMeta: 'bewijskluis-bridge-token',
} as const;

/** IPC channel names used by preload and main (the contract channel travels inside). */
export const IPC = { invoke: 'bk:invoke', event: 'bk:event' } as const;
