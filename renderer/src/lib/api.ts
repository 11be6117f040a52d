/**
 * The renderer's only door to the core (ARCHITECTURE.md "Transports behind one interface").
 * Invariant: nothing else in the renderer touches window.api or fetch; in the app the
 * preload's `window.api` is used, in the browser preview the HTTP bridge. Both give
 * `Result` envelopes, which `call` turns into values or a thrown ApiError. Bytes (file
 * imports, thumbnails) are Uint8Array on both: IPC clones them natively, the HTTP transport
 * (http-bridge.ts) encodes bodies with shared/wire.ts `toWire` and decodes with `fromWire`.
 */
import type { Channel, Input, Output } from '../../../shared/contract';
import type { EventMap, EventName } from '../../../shared/events';
import type { RendererBridge } from '../../../shared/transport';
import { ApiError } from './api-error';
import { createHttpBridge, readBridgeToken } from './http-bridge';

declare global {
  interface Window {
    api?: RendererBridge;
  }
}

function missingBridge(): RendererBridge {
  return {
    invoke: () =>
      Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'No bridge available.', details: { transport: 'none' } } }),
    on: () => () => undefined,
  };
}

function pickBridge(): RendererBridge {
  if (window.api) return window.api;
  const token = readBridgeToken(document);
  return token ? createHttpBridge(token, window.location.origin) : missingBridge();
}

let bridge: RendererBridge | null = null;
function getBridge(): RendererBridge {
  bridge ??= pickBridge();
  return bridge;
}

/** True in the Electron window (the preload's bridge); false in the browser preview. */
export function isDesktopApp(): boolean {
  return window.api !== undefined && getBridge() === window.api;
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await getBridge().invoke(channel, input);
  if (!result.ok) throw ApiError.from(result.error);
  return result.value as Output<C>;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return getBridge().on(event, (payload) => listener(payload as EventMap[E]));
}
