/**
 * The privileged `app://` scheme that serves the renderer bundle.
 * Invariants: the scheme is registered before `ready` (Electron requires it); only our host
 * is answered, by the one static-file server (core/files/renderer-files.ts: GET/HEAD, files
 * inside out/renderer, the strict CSP on every response); everything else is 404/405. No
 * file:// URL is ever loaded.
 *
 * Electron security checklist #18 "Avoid usage of the file:// protocol and prefer usage of
 * custom protocols": https://www.electronjs.org/docs/latest/tutorial/security
 * protocol.handle: https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler
 */
import { protocol, type Session } from 'electron';
import type { Logger } from '../core/logger';
import { RESPONSE_HEADERS, serveRendererFile } from '../core/files/renderer-files';
import { APP_SCHEME, appUrlPath } from './app-origin';

/**
 * Must run before app `ready`, and only once (a second call replaces the list, so any future
 * scheme belongs in this same call). `standard` gives real origins and relative
 * URLs; `secure` a secure context; `corsEnabled` because Vite emits
 * `<script type="module" crossorigin>`, fetched in CORS mode (same-origin here).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function handleAppProtocol(session: Session, rendererRoot: string, logger: Logger): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const path = appUrlPath(request.url);
    if (path === null) return new Response(null, { status: 404, headers: { ...RESPONSE_HEADERS } });
    const r = await serveRendererFile(rendererRoot, request.method, path, (err) => logger.error('app protocol read failed', err));
    return new Response(r.body ? new Uint8Array(r.body) : null, { status: r.status, headers: r.headers });
  });
}
