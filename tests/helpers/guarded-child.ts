/**
 * Runs in a child process (tests/contract/network-guard.test.ts): installs the preview's
 * network guard (electron/bridge/network-guard.ts) exactly as serve-web --network-guard does,
 * then tries to leave the machine in every way the process could, and prints what happened as
 * one JSON line. argv: <record file> <mode: sockets | core> <port of a local server or the fake platform's>.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { get } from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { allowedHosts, guardedChromiumArgs, installNetworkGuard, recorder } from '../../electron/bridge/network-guard';
import { chromiumCaptureHost } from '../../electron/bridge/chromium-capture';
import { createCore } from '../../electron/core/create-core';

const [file, mode, portText] = process.argv.slice(2);
const port = Number(portText);
const allow = allowedHosts([]);
const record = recorder(file!);
installNetworkGuard(allow, record);

const outcome = (p: Promise<unknown>) => p.then(() => 'connected', (e: { code?: string }) => e.code ?? 'error');

function httpGet(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
  });
}

async function sockets() {
  return {
    httpForeign: await outcome(httpGet('http://203.0.113.9/')),
    netForeign: await outcome(new Promise((resolve, reject) => net.connect(443, 'example.com').on('connect', resolve).on('error', reject))),
    fetchForeign: await outcome(fetch('https://example.org/')),
    dnsForeign: await outcome(dns.promises.lookup('example.net')),
    udpForeign: await new Promise((resolve) => {
      const s = dgram.createSocket('udp4');
      s.send(Buffer.from('x'), 53, '8.8.8.8', () => resolve('sent'));
      setTimeout(() => resolve('dropped'), 300);
    }).finally(() => undefined),
    loopback: await outcome(httpGet(`http://127.0.0.1:${port}/`)),
  };
}

async function core() {
  const extra: string[] = [];
  const refused: string[] = [];
  const c = createCore({
    appDataDir: mkdtempSync(join(tmpdir(), 'bk-guard-')),
    kdf: { N: 2 ** 14, r: 8, p: 1 },
    capture: chromiumCaptureHost({ allowRequest: (u) => allow(u.hostname), onRefused: (url) => (refused.push(url), record({ kind: 'browser', host: new URL(url).host })), args: guardedChromiumArgs(extra) }),
    captureLimits: { loadTimeoutMs: 6000, settleMs: 300 },
    fontDir: join(__dirname, '../../resources/fonts'),
  });
  const ctx = { transport: 'test' } as const;
  await c.handlers['vault:create']({ passphrase: 'Zomer vakantie op Texel 2026', ownerName: 'VP' }, ctx);
  const k = await c.handlers['case:create']({ title: 'Netwerk', category: 'hurtful-meme' }, ctx);
  const local = await c.handlers['capture:take']({ caseId: k.id, url: `http://fakegram.localhost:${port}/@lotte.fake/post/1` }, ctx);
  const foreign = await c.handlers['capture:take']({ caseId: k.id, url: 'http://203.0.113.9/post' }, ctx);
  await c.handlers['settings:set']({ tsaUrl: 'http://203.0.113.9/tsa' }, ctx);
  const exported = await outcome(c.handlers['dossier:export']({ caseId: k.id, profile: 'police', lang: 'nl', outPath: join(tmpdir(), 'guard-dossier.zip') }, ctx));
  await c.close();
  return { localStatus: local.record.document.status, foreignError: foreign.record.networkError, refused, exported };
}

void (mode === 'sockets' ? sockets() : core()).then(
  (r) => {
    process.stdout.write(JSON.stringify(r) + '\n');
    process.exit(0);
  },
  (e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e));
    process.exit(1);
  },
);
