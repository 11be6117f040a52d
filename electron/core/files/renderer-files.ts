/**
 * The one static-file server of the renderer bundle (out/renderer), behind both the app's
 * `app://bewijskluis/...` handler (electron/main/protocol.ts) and the HTTP bridge of the
 * browser preview (electron/bridge/server.ts): the same file resolution, MIME table and
 * headers on both. Invariants: only files inside the renderer folder are ever served (no
 * traversal, no absolute paths); every response carries the strict CSP, which must stay
 * equal to the meta tag in renderer/index.html plus `frame-ancestors` (which a meta tag cannot
 * express); the MIME type comes from a fixed table, never sniffed. Plain Node, no `electron`.
 *
 * Electron security checklist #7 "Define a Content Security Policy" and #18 "Avoid usage of
 * the file:// protocol and prefer usage of custom protocols":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file to serve for a URL path ("/assets/x.js"), or null when it would leave
 * `rendererRoot`. Paths without an extension fall back to index.html so a client-side route
 * survives a reload.
 */
export function resolveRendererPath(rendererRoot: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '' || extname(pathname) === '') pathname = '/index.html';
  const root = resolve(rendererRoot);
  const file = resolve(root, '.' + pathname);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

export interface StaticResponse {
  status: 200 | 404 | 405;
  headers: Record<string, string>;
  body: Buffer | null;
  /** The file served (for callers that adapt one of them, e.g. the bridge's index.html). */
  file: string | null;
}

/** Answers a GET or HEAD for a URL path with the file and the headers; 404 for anything outside or missing. */
export async function serveRendererFile(rendererRoot: string, method: string, urlPath: string, onError?: (err: unknown) => void): Promise<StaticResponse> {
  const plain = (status: 404 | 405): StaticResponse => ({ status, headers: { ...RESPONSE_HEADERS }, body: null, file: null });
  if (method !== 'GET' && method !== 'HEAD') return plain(405);
  const file = resolveRendererPath(rendererRoot, urlPath);
  if (!file) return plain(404);
  try {
    // readFile also reads from inside app.asar in a packaged build.
    const body = await readFile(file);
    return { status: 200, headers: { ...RESPONSE_HEADERS, 'Content-Type': mimeTypeFor(file) }, body: method === 'HEAD' ? null : body, file };
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code !== 'ENOENT' && code !== 'EISDIR') onError?.(err);
    return plain(404);
  }
}
