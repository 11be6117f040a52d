/**
 * The privileged `app://` scheme that serves the renderer bundle.
 * Invariants: the scheme is registered before `ready` (Electron requires it); the handler
 * serves only GET/HEAD for files resolved by resolveRendererFile (inside out/renderer), each
 * with the strict CSP header; everything else is 404/405. No file:// URL is ever loaded.
 *
 * Electron security checklist #18 "Avoid usage of the file:// protocol and prefer usage of
 * custom protocols": https://www.electronjs.org/docs/latest/tutorial/security
 * protocol.handle: https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import type { Logger } from '../core/logger';
import { APP_SCHEME } from './app-origin';
import { mimeTypeFor, resolveRendererFile, RESPONSE_HEADERS } from './renderer-files';

/**
 * Must run before app `ready`, and only once (a second call replaces the list, so a future
 * `bk-media:` scheme belongs in this same call). `standard` gives real origins and relative
 * URLs; `secure` a secure context; `corsEnabled` because Vite emits
 * `<script type="module" crossorigin>`, fetched in CORS mode (same-origin here).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function plain(status: number): Response {
  return new Response(null, { status, headers: { ...RESPONSE_HEADERS } });
}

export function handleAppProtocol(session: Session, rendererRoot: string, logger: Logger): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const file = resolveRendererFile(rendererRoot, request.url);
    if (!file) return plain(404);
    try {
      // readFile also reads from inside app.asar in a packaged build.
      const body = await readFile(file);
      const headers = { ...RESPONSE_HEADERS, 'Content-Type': mimeTypeFor(file) };
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (code !== 'ENOENT' && code !== 'EISDIR') logger.error('app protocol read failed', err);
      return plain(404);
    }
  });
}
