/**
 * JSON wire format for the HTTP bridge. IPC carries Uint8Array natively (structured clone);
 * over HTTP, bytes travel as {"$bytes": "<base64>"} and are revived on the other side, so
 * handlers see the same values on both transports. Uses only web-standard APIs (atob/btoa)
 * because shared/ also runs in the renderer.
 */
const TAG = '$bytes';

function toBase64(b: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < b.length; i += step) s += String.fromCharCode(...b.subarray(i, i + step));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [TAG]: toBase64(v) } : v));
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && keys[0] === TAG && typeof o[TAG] === 'string') return fromBase64(o[TAG]);
    }
    return v;
  });
}
