/**
 * A local stand-in for a social platform, so captures and removal checks are tested against
 * pages of known shape and never against the real internet (issue 18 item 2). It listens on
 * 127.0.0.1 on a random port; its address uses the host name `fakegram.localhost`, which
 * Chromium resolves to the loopback address by itself (RFC 6761), so the platform can be told
 * apart from "any host" by the catalogue without touching the machine's name resolution.
 *
 * Pages: a post (`/@lotte.fake/post/1`, with an image and a session cookie), a login wall
 * (`/@lotte.fake/private` redirects to `/login`), a redirect chain (`/r/abc` -> `/go/abc` ->
 * the post), removed pages (404 and 410), a slow page, a page that never finishes loading,
 * an enormous page, and one that loads an image from a foreign address (the network guard's
 * case). `remove(path)` turns a live post into a 404, as a platform does after a takedown.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { screenshot } from './images';

export const FAKE_HOST = 'fakegram.localhost';
/** A TEST-NET-3 address (RFC 5737): never routed, so nothing can answer even if a request slipped out. */
export const FOREIGN_IMAGE = 'http://203.0.113.7/tracker.png';

export interface FakePlatform {
  /** http://fakegram.localhost:<port> (Chromium) — Node cannot resolve it: use `loopbackOrigin` from Node. */
  origin: string;
  loopbackOrigin: string;
  port: number;
  url(path: string): string;
  /** Every request as `METHOD path`. */
  log: string[];
  remove(path: string): void;
  restore(path: string): void;
  /** Milliseconds the slow page waits before it answers. */
  slowMs: number;
  /** The post's picture, as served. */
  postImage: Buffer;
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><style>body{font:16px sans-serif;margin:0}header{background:#3b5998;color:#fff;padding:12px 20px}main{padding:20px}</style></head><body><header>Fakegram</header><main>${body}</main></body></html>`;

export async function startFakePlatform(opts: { slowMs?: number } = {}): Promise<FakePlatform> {
  const png = await screenshot('fakegram post', { width: 480, height: 360 });
  const removed = new Set<string>();
  const log: string[] = [];
  const sockets = new Set<Socket>();
  const state = { slowMs: opts.slowMs ?? 1200 };

  const html = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-fake-platform': 'fakegram', ...headers });
    res.end(text);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(`${req.method} ${req.url}`);
    if (removed.has(path)) return html(res, 404, page('Pagina niet gevonden • Fakegram', '<h1>Sorry, deze pagina is niet beschikbaar.</h1>'));
    switch (true) {
      case /^\/@lotte\.fake\/post\/\d+$/.test(path):
        return html(
          res,
          200,
          page('Lotte (@lotte.fake) • Fakegram', `<h1>@lotte.fake</h1><img src="/img/post.png" width="480" height="360" alt="post"><p>Bericht ${path.split('/').pop()} — 12 reacties</p>`),
          { 'set-cookie': 'fg_session=s3cr3t-officer-session; Path=/; HttpOnly', 'cache-control': 'no-store' },
        );
      case path === '/img/post.png':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(png.length) });
        return res.end(png);
      case path === '/@lotte.fake/private':
        res.writeHead(302, { location: '/login?next=%2F%40lotte.fake%2Fprivate' });
        return res.end();
      case path === '/login':
        return html(res, 200, page('Inloggen • Fakegram', '<h1>Log in om dit account te zien</h1><form><input aria-label="naam"><input type="password" aria-label="wachtwoord"></form>'));
      case path === '/r/abc':
        res.writeHead(301, { location: '/go/abc' });
        return res.end();
      case path === '/go/abc':
        res.writeHead(302, { location: '/@lotte.fake/post/1' });
        return res.end();
      case path === '/@lotte.fake/post/removed':
        return html(res, 404, page('Pagina niet gevonden • Fakegram', '<h1>Sorry, deze pagina is niet beschikbaar.</h1>'));
      case path === '/@lotte.fake/post/gone':
        return html(res, 410, page('Verwijderd • Fakegram', '<h1>Deze inhoud is verwijderd.</h1>'));
      case path === '/slow': {
        const timer = setTimeout(() => html(res, 200, page('Traag • Fakegram', '<h1>Eindelijk geladen</h1>')), state.slowMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case path === '/never':
        // Headers and the start of the page, then nothing more: the load event never fires.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Blijft laden • Fakegram</title></head><body><h1>Dit laadt nooit helemaal</h1>');
        return;
      case path === '/enormous': {
        const rows = Array.from({ length: 2500 }, (_, i) => `<p style="height:40px;margin:0">Reactie ${i + 1} op het bericht</p>`).join('');
        return html(res, 200, page('Heel lang • Fakegram', rows));
      }
      case path === '/tracked':
        return html(res, 200, page('Met een teller • Fakegram', `<h1>Pagina met een plaatje van elders</h1><img src="${FOREIGN_IMAGE}" width="1" height="1" alt="">`));
      default:
        return html(res, 404, page('Niet gevonden', '<h1>404</h1>'));
    }
  };

  const server = createServer(handle);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${FAKE_HOST}:${port}`;
  return {
    origin,
    loopbackOrigin: `http://127.0.0.1:${port}`,
    port,
    url: (p) => `${origin}${p}`,
    postImage: png,
    log,
    remove: (p) => void removed.add(p),
    restore: (p) => void removed.delete(p),
    get slowMs() {
      return state.slowMs;
    },
    set slowMs(ms: number) {
      state.slowMs = ms;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
