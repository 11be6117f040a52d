/**
 * Maps an `app://bewijskluis/...` request to a file under out/renderer, and the headers
 * every response carries. Invariants: only files inside the renderer folder are ever
 * served (no traversal, no absolute paths, no other host); every response carries the strict
 * CSP, which must stay equal to the meta tag in renderer/index.html plus `frame-ancestors`
 * (which a meta tag cannot express); the MIME type comes from a fixed table, never sniffed.
 * Pure module (no runtime `electron` import), unit-testable in Node.
 *
 * Electron security checklist #7 "Define a Content Security Policy" and #18 "Avoid usage of
 * the file:// protocol and prefer usage of custom protocols":
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: bk-media:",
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
 * The absolute file to serve for `requestUrl`, or null when the request is not for our host
 * or would leave `rendererRoot`. Paths without an extension fall back to index.html so a
 * client-side route survives a reload.
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
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
