/**
 * Loopback HTTP transport over the same dispatch function as IPC (dev, tests, browser
 * preview; never imported by the packaged app's main process).
 * Invariants: listens on 127.0.0.1 only, on a random port; every API and event request
 * carries the per-run token (constant-time compared) or gets 401; the Host header must be
 * this loopback address (blocks DNS-rebinding pages); static files come only from staticDir.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { BRIDGE } from '../../shared/transport';
import { fromWire, toWire } from '../../shared/wire';
import type { Dispatch } from '../core/dispatch';
import type { CoreEvents } from '../core/events';
import { serveRendererFile } from '../core/files/renderer-files';

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
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(BRIDGE.apiPrefix.length));
      } catch {
        // A malformed %-escape is the caller's mistake, not the bridge's (issue 12 item 7).
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The channel name is not valid.' } }));
      }
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

    if (!opts.staticDir) return send(res, 404, '{"error":"not found"}');
    return serveStatic(opts.staticDir, req.method ?? 'GET', url.pathname, token, res);
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

/** The renderer through the one static-file server (core/files/renderer-files.ts), with this run's token in index.html. */
async function serveStatic(root: string, method: string, pathname: string, token: string, res: ServerResponse): Promise<void> {
  const r = await serveRendererFile(root, method, pathname);
  let body = r.body;
  if (body && r.file === join(resolve(root), 'index.html')) {
    const meta = `<meta name="${BRIDGE.tokenMeta}" content="${token}">`;
    body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${meta}`), 'utf8');
  }
  res.writeHead(r.status, { ...SECURITY_HEADERS, ...lowerCase(r.headers) });
  res.end(body ?? undefined);
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
