/**
 * The renderer's only door to the core (docs/architecture.md "Transports behind one interface").
 * Invariant: nothing else in the renderer touches window.api or fetch; in the app the
 * preload's `window.api` is used, in the browser preview the HTTP bridge. Both give
 * `Result` envelopes, which `call` turns into values or a thrown ApiError. Bytes (file
 * imports, thumbnails) are Uint8Array on both: IPC clones them natively, the HTTP transport
 * (http-bridge.ts) encodes bodies with shared/wire.ts `toWire` and decodes with `fromWire`.
 */
import { contract, type Channel, type Input, type Output } from '../../../shared/contract';
import type { PathPurpose } from '../../../shared/contract-kit';
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

/**
 * The browser preview has no native dialogs: the path the user typed into the preview's
 * field is handed out by the preview's stand-in for one (host:grant-typed-path) just before
 * it is used. The desktop app never does this: there the page may name only what the shell's
 * dialogs returned (electron/core/dispatch.ts), and host:grant-typed-path is refused.
 */
async function grantTypedPaths(channel: Channel, input: unknown): Promise<void> {
  const fields = contract[channel].paths as Readonly<Record<string, PathPurpose>>;
  for (const [field, purpose] of Object.entries(fields)) {
    const value = (input as Record<string, unknown> | null)?.[field];
    for (const path of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (typeof path === 'string' && path) await getBridge().invoke('host:grant-typed-path', { path, purpose });
    }
  }
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  if (!isDesktopApp()) await grantTypedPaths(channel, input);
  const result = await getBridge().invoke(channel, input);
  if (!result.ok) throw ApiError.from(result.error);
  return result.value as Output<C>;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return getBridge().on(event, (payload) => listener(payload as EventMap[E]));
}
