/**
 * RendererBridge over the loopback HTTP bridge (browser preview and e2e tests only).
 * Invariants: every request carries the per-run token from the meta tag the bridge injects;
 * one EventSource is shared by all subscribers and opened lazily on the first `on()`;
 * bodies use shared/wire.ts both ways, so Uint8Array values (file bytes, images) arrive as
 * Uint8Array, exactly as over IPC.
 */
import { BRIDGE, type RendererBridge } from '../../../shared/transport';
import { isAppErrorData, type Result } from '../../../shared/errors';
import { fromWire, toWire } from '../../../shared/wire';

function unreachable(detail: string): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message: 'The bridge could not be reached.', details: { transport: 'http', detail } } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.ok === true && 'value' in v) || (v.ok === false && isAppErrorData(v.error));
}

export function readBridgeToken(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE.tokenMeta}"]`);
  return meta?.content ? meta.content : null;
}

export function createHttpBridge(token: string, origin: string): RendererBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureSource = (): EventSource => {
    if (source) return source;
    const url = new URL(BRIDGE.eventsPath, origin);
    url.searchParams.set(BRIDGE.tokenQuery, token);
    source = new EventSource(url);
    return source;
  };

  const subscribeName = (name: string): void => {
    ensureSource().addEventListener(name, (ev) => {
      let payload: unknown;
      try {
        payload = JSON.parse((ev as MessageEvent<string>).data);
      } catch {
        payload = null;
      }
      for (const l of listeners.get(name) ?? []) l(payload);
    });
  };

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(new URL(BRIDGE.apiPrefix + channel, origin), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [BRIDGE.tokenHeader]: token },
          body: toWire(input ?? {}),
        });
      } catch (err) {
        return unreachable(err instanceof Error ? err.message : 'fetch failed');
      }
      let body: unknown;
      try {
        body = fromWire(await response.text());
      } catch {
        body = null;
      }
      return isResult(body) ? body : unreachable(`HTTP ${response.status}`);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        subscribeName(event);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
