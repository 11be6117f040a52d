/**
 * Loopback HTTP transport over the same dispatch function as IPC (dev, tests, browser
 * preview; never imported by the packaged app's main process).
 * Invariants: listens on 127.0.0.1 only, on a random port; every API and event request
 * carries the per-run token (constant-time compared) or gets 401; the Host header must be
 * this loopback address (blocks DNS-rebinding pages); static files come only from staticDir.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { BRIDGE } from '../../shared/transport';
import { fromWire, toWire } from '../../shared/wire';
import type { Dispatch } from '../core/dispatch';
import type { CoreEvents } from '../core/events';

export interface BridgeOptions {
  dispatch: Dispatch;
  events: CoreEvents;
  /** Built renderer (out/renderer) to serve with the token injected; omit for API only. */
  staticDir?: string;
  port?: number;
  /** Largest request body accepted (JSON inputs are small; files go through other channels). */
  maxBodyBytes?: number;
  /**
   * Tests only (serve-web --test-clock): POST /__test/clock {advanceMs} moves the core's clock,
   * so an e2e test can skip the idle minutes or a retention period instead of waiting.
   */
  testClock?: { advance(ms: number): void };
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export const TEST_CLOCK_PATH = '/__test/clock';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit keep draining (discarding) so the client can read our clear answer;
    // past a hard cap give up on the connection altogether.
    if (size > limit * 2) req.destroy();
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(32).toString('hex');
  // Imports send file bytes as base64 (4/3 larger): room for the 200 MB default import limit.
  const limit = opts.maxBodyBytes ?? 300 * 1024 * 1024;
  const sse = new Set<ServerResponse>();
  const off = opts.events.onAny((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sse) res.write(frame);
  });
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'Bridge error.' } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== origin.slice('http://'.length)) return send(res, 421, '{"error":"wrong host"}');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith(BRIDGE.apiPrefix)) {
      if (req.method !== 'POST') return send(res, 405, '{"error":"POST only"}');
      if (!sameToken(req.headers[BRIDGE.tokenHeader] as string | undefined, token)) return send(res, 401, '{"error":"token required"}');
      const body = await readBody(req, limit);
      if (body === null) {
        return send(res, 413, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request is too large.' } }));
      }
      let input: unknown;
      try {
        input = body.length ? fromWire(body) : {};
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request is not valid JSON.' } }));
      }
      const channel = decodeURIComponent(url.pathname.slice(BRIDGE.apiPrefix.length));
      const result = await opts.dispatch(channel, input, { transport: 'http' });
      return send(res, 200, toWire(result));
    }

    if (opts.testClock && url.pathname === TEST_CLOCK_PATH && req.method === 'POST') {
      if (!sameToken(req.headers[BRIDGE.tokenHeader] as string | undefined, token)) return send(res, 401, '{"error":"token required"}');
      const body = JSON.parse((await readBody(req, 1024)) ?? '{}') as { advanceMs?: unknown };
      if (typeof body.advanceMs !== 'number' || !(body.advanceMs >= 0)) return send(res, 400, '{"error":"advanceMs"}');
      opts.testClock.advance(body.advanceMs);
      return send(res, 200, '{"ok":true}');
    }

    if (url.pathname === BRIDGE.eventsPath) {
      if (!sameToken(url.searchParams.get(BRIDGE.tokenQuery), token)) return send(res, 401, '{"error":"token required"}');
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }

    if (!opts.staticDir || req.method !== 'GET') return send(res, 404, '{"error":"not found"}');
    return serveStatic(opts.staticDir, url.pathname, token, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        off();
        for (const res of sse) res.end();
        sse.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveStatic(root: string, pathname: string, token: string, res: ServerResponse): Promise<void> {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root) + sep)) return send(res, 403, '{"error":"forbidden"}');
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
  const type = MIME[extname(file)] ?? 'application/octet-stream';
  if (rel === 'index.html') {
    const meta = `<meta name="${BRIDGE.tokenMeta}" content="${token}">`;
    return send(res, 200, data.toString('utf8').replace('<head>', `<head>\n    ${meta}`), type);
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(data);
}
