/**
 * Proof that the app makes no network traffic of its own (issue 18 item 5: capture, removal
 * checks and timestamps are the only traffic, and only when the officer acts). For the
 * browser preview started with `--network-guard FILE` (the e2e suite always does): every TCP
 * connection (net.Socket#connect — what http, https, tls, fetch/undici and http2 all end in),
 * every UDP datagram and every DNS lookup of this process is checked against the allowed
 * hosts — the loopback addresses, `localhost` and `*.localhost` (RFC 6761), and what the
 * test named with `--allow-host` — and anything else is refused (ECONNREFUSED) and appended
 * to FILE as one JSON line. The e2e global teardown reads every such file and fails the run
 * when one holds a line (tests/e2e/global-setup.ts).
 * Never part of the packaged app (the bridge is not shipped, docs/decisions/0004-loopback-http-bridge.md).
 */
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

export interface GuardEntry {
  kind: 'tcp' | 'udp' | 'dns' | 'browser';
  host: string;
  port?: number;
  at: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

export function loopbackOrLocalhost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return LOOPBACK.has(h) || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export function allowedHosts(extra: readonly string[]): (host: string) => boolean {
  const named = new Set(extra.map((h) => h.toLowerCase()));
  return (host) => loopbackOrLocalhost(host) || named.has(host.replace(/^\[|\]$/g, '').toLowerCase());
}

/** Appends one refused attempt to the record file (synchronously: the process may exit right after). */
export function recorder(file: string): (e: Omit<GuardEntry, 'at'>) => void {
  return (e) => appendFileSync(file, JSON.stringify({ ...e, at: new Date().toISOString() }) + '\n', { mode: 0o600 });
}

/** Where a connect() call goes: [host, port], or null for a local (Unix socket / named pipe) path. */
function target(args: unknown[]): { host: string; port: number } | null {
  // net.connect() hands Socket#connect its normalised arguments as one array.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: string; host?: string; port?: number | string };
    if (o.path) return null;
    return { host: o.host ?? 'localhost', port: Number(o.port ?? 0) };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: Number(first) };
}

export function installNetworkGuard(allow: (host: string) => boolean, record: (e: Omit<GuardEntry, 'at'>) => void): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const t = target(args);
    if (t && !allow(t.host)) {
      record({ kind: 'tcp', host: t.host, port: t.port });
      const err = Object.assign(new Error(`The network guard refused a connection to ${t.host}:${t.port}.`), { code: 'ECONNREFUSED' });
      process.nextTick(() => this.destroy(err));
      return this;
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;

  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    // send(msg, [offset, length,] port, address, cb): the address is the first string after the message.
    const address = args.slice(1).find((a) => typeof a === 'string') as string | undefined;
    if (address && !allow(address)) {
      record({ kind: 'udp', host: address });
      return;
    }
    return (send as (...a: unknown[]) => void).apply(this, args);
  } as typeof send;

  const lookup = dns.lookup;
  const guardedLookup = function (hostname: string, ...rest: unknown[]) {
    if (!allow(hostname)) {
      record({ kind: 'dns', host: hostname });
      const cb = rest.find((r) => typeof r === 'function') as ((err: Error) => void) | undefined;
      const err = Object.assign(new Error(`The network guard refused to look up ${hostname}.`), { code: 'ENOTFOUND' });
      if (cb) process.nextTick(() => cb(err));
      return;
    }
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
  (dns as { lookup: unknown }).lookup = guardedLookup;
  const promisesLookup = dns.promises.lookup;
  (dns.promises as { lookup: unknown }).lookup = async (hostname: string, ...rest: unknown[]) => {
    if (!allow(hostname)) {
      record({ kind: 'dns', host: hostname });
      throw Object.assign(new Error(`The network guard refused to look up ${hostname}.`), { code: 'ENOTFOUND' });
    }
    return (promisesLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
}

/**
 * Chromium flags for a guarded capture browser: every host name resolves to nothing but the
 * loopback ones (its own background requests included); IP literals are left to the request
 * check (chromium-capture.ts allowRequest), which sees every request a page makes.
 */
export function guardedChromiumArgs(extra: readonly string[]): string[] {
  const exclude = ['localhost', '*.localhost', ...extra].map((h) => `EXCLUDE ${h}`).join(', ');
  return [`--host-resolver-rules=MAP * ~NOTFOUND, ${exclude}`];
}
