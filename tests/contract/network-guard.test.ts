/**
 * The network guard every e2e preview server runs with (issue 18 item 5; electron/bridge/network-guard.ts)
 * catches what it must, so that an empty record at the end of an e2e run means something: in a
 * child process (the guard patches Node's net, dgram and dns modules process-wide) a plain
 * HTTP request, a raw TCP connection, fetch(), a DNS lookup and a UDP datagram to foreign hosts
 * are all refused and recorded, while loopback goes through; and with the real core, a capture
 * of the fake platform works, a capture of a foreign address and a timestamp from a foreign
 * authority are refused and recorded — by the capture browser's request check and by the
 * socket guard.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedHosts, loopbackOrLocalhost } from '../../electron/bridge/network-guard';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { tempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');

function child(file: string, mode: string, port: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/guarded-child.ts'), file, mode, String(port)], { cwd: ROOT });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

const recorded = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; host: string; port?: number }) : []);

let local: Server;
let port: number;
let fake: FakePlatform;
beforeAll(async () => {
  local = createServer((_q, r) => r.end('ok'));
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  port = (local.address() as AddressInfo).port;
  fake = await startFakePlatform();
});
afterAll(async () => {
  await new Promise((r) => local.close(r));
  await fake.close();
});

describe('network guard', () => {
  it('knows loopback and *.localhost from everything else', () => {
    for (const h of ['127.0.0.1', '127.8.0.1', '::1', '[::1]', 'localhost', 'fakegram.localhost']) expect(loopbackOrLocalhost(h), h).toBe(true);
    for (const h of ['example.com', '10.0.0.1', '192.168.1.1', '203.0.113.9', 'localhost.example.com', '127.0.0.1.nip.io']) expect(loopbackOrLocalhost(h), h).toBe(false);
    expect(allowedHosts(['tsa.example'])('tsa.example')).toBe(true);
  });

  it('refuses and records HTTP, TCP, fetch, DNS and UDP to foreign hosts; loopback goes through', async () => {
    const file = join(tempDir(), 'guard.jsonl');
    const r = await child(file, 'sockets', port);
    expect(r).toEqual({ httpForeign: 'ECONNREFUSED', netForeign: 'ECONNREFUSED', fetchForeign: expect.any(String), dnsForeign: 'ENOTFOUND', udpForeign: 'dropped', loopback: 'connected' });
    expect(r.fetchForeign).not.toBe('connected');
    const hosts = recorded(file).map((e) => `${e.kind} ${e.host}${e.port ? `:${e.port}` : ''}`);
    expect(hosts).toEqual(expect.arrayContaining(['tcp 203.0.113.9:80', 'tcp example.com:443', 'tcp example.org:443', 'dns example.net', 'udp 8.8.8.8']));
    expect(hosts.some((h) => h.includes('127.0.0.1'))).toBe(false);
  });

  it('with the real core: the fake platform is captured; a foreign page and a foreign timestamp authority are refused and recorded', async () => {
    const file = join(tempDir(), 'guard.jsonl');
    const r = await child(file, 'core', fake.port);
    expect(r.localStatus).toBe(200);
    expect(r.foreignError).toMatch(/ERR_BLOCKED_BY_CLIENT/);
    expect(r.refused).toEqual(['http://203.0.113.9/post']);
    expect(r.exported).toBe('NETWORK');
    const entries = recorded(file).map((e) => `${e.kind} ${e.host}${e.port ? `:${e.port}` : ''}`);
    expect(entries).toEqual(expect.arrayContaining(['browser 203.0.113.9', 'tcp 203.0.113.9:80']));
    expect(entries.every((e) => e.includes('203.0.113.9'))).toBe(true);
  });
});
