import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { PathGrants } from '../../electron/core/files/path-grants';
import { startBridge } from '../../electron/bridge/server';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import { CHANNELS, contract } from '../../shared/contract';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASS, newCore, tempDir } from '../helpers/temp';

function setup() {
  const core = newCore();
  const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
  return { core, dispatch };
}

function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('contract dispatch', () => {
  it.each(CHANNELS)('%s rejects malformed input with VALIDATION', async (channel) => {
    const { dispatch } = setup();
    // Called on a transport the channel allows (shell channels answer only a renderer).
    const transport = contract[channel].transports[0]!;
    for (const bad of [{ unexpectedField: 1 }, 'a string', 42, [1, 2]]) {
      const r = await dispatch(channel, bad, { transport });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
  });

  it('rejects unknown channels', async () => {
    const { dispatch } = setup();
    for (const name of ['vault:destroy', '__proto__', 'constructor', '', 42]) {
      const r = await dispatch(name, {}, { transport: 'test' });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('never echoes a rejected passphrase back in a validation error', async () => {
    const { dispatch } = setup();
    const secret = 'x'.repeat(2000);
    const r = await dispatch('vault:unlock', { passphrase: secret }, { transport: 'test' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('xxxxxxxx');
  });

  it('returns a result envelope with a stable code for domain errors', async () => {
    const { dispatch } = setup();
    expect(await dispatch('settings:get', {}, { transport: 'test' })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    const created = await dispatch('vault:create', { passphrase: PASS, ownerName: 'A' }, { transport: 'test' });
    expect(created).toMatchObject({ ok: true, value: { status: { unlocked: true } } });
  });
});

/** The token with its last hex digit changed — always different, whatever the digit was. */
function wrongToken(token: string): string {
  const last = token.slice(-1);
  return token.slice(0, -1) + (last === '0' ? '1' : '0');
}

describe('diagnostic logging', () => {
  it('logs a known OS error by its code only: never the path, which may carry a student\'s name', async () => {
    const core = newCore();
    const lines: string[] = [];
    const capture = { info: () => {}, warn: (m: string, f?: object) => lines.push(`${m} ${JSON.stringify(f)}`), error: (m: string, e?: unknown) => lines.push(`${m} ${String(e)}`) };
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, capture);
    await dispatch('vault:create', { passphrase: PASS, ownerName: 'A' }, { transport: 'test' });
    const r = await dispatch('audit:export-csv', { outPath: '/nonexistent-folder/Şükrü Yılmaz/logboek.csv' }, { transport: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'IO', details: { reason: 'not-found' } } });
    expect(lines.length).toBe(1);
    expect(lines.join('\n')).not.toMatch(/Şükrü|nonexistent-folder/);
    expect(lines[0]).toContain('ENOENT');
  });
});

describe('HTTP bridge', () => {
  async function withBridge(fn: (b: { url: string; token: string; core: ReturnType<typeof newCore> }) => Promise<void>) {
    const { core, dispatch } = setup();
    const bridge = await startBridge({ dispatch, events: core.events, maxBodyBytes: 1024 * 1024 });
    try {
      await fn({ url: bridge.url, token: bridge.token, core });
    } finally {
      await bridge.close();
    }
  }

  it('listens on 127.0.0.1 only and answers with the token', async () => {
    await withBridge(async ({ url, token }) => {
      expect(new URL(url).hostname).toBe('127.0.0.1');
      const r = await raw(`${url}api/vault:get-status`, { headers: { 'x-bewijskluis-token': token }, body: '{}' });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { exists: false } });
    });
  });

  it('rejects requests without the token, with a wrong token, or with a foreign Host header', async () => {
    await withBridge(async ({ url, token }) => {
      expect((await raw(`${url}api/vault:get-status`, { body: '{}' })).status).toBe(401);
      expect((await raw(`${url}api/vault:get-status`, { headers: { 'x-bewijskluis-token': wrongToken(token) }, body: '{}' })).status).toBe(401);
      expect((await raw(`${url}api/vault:get-status`, { headers: { 'x-bewijskluis-token': token, host: 'evil.example:80' }, body: '{}' })).status).toBe(421);
      expect((await raw(`${url}events`, { method: 'GET' })).status).toBe(401);
      expect((await raw(`${url}api/vault:get-status`, { method: 'GET', headers: { 'x-bewijskluis-token': token } })).status).toBe(405);
    });
  });

  it('a malformed %-escape in a channel name is the caller\'s mistake (400), never a bridge error (500)', async () => {
    await withBridge(async ({ url, token }) => {
      const r = await raw(`${url}api/vault%E0%A4%A:get-status`, { headers: { 'x-bewijskluis-token': token }, body: '{}' });
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
  });

  it('serves the renderer through the same static-file server as the app:// handler: CSP on every file, the token only in index.html', async () => {
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<html><head><title>Bewijskluis</title></head></html>');
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
    const { core, dispatch } = setup();
    const bridge = await startBridge({ dispatch, events: core.events, staticDir });
    try {
      const page = await fetch(`${bridge.url}cases/12`);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain(bridge.token);
      const js = await fetch(`${bridge.url}app.js`);
      expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(js.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(await js.text()).not.toContain(bridge.token);
      expect((await fetch(`${bridge.url}..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
    } finally {
      await bridge.close();
    }
  });

  it('answers invalid JSON and oversized bodies with VALIDATION, unknown channels with UNKNOWN_CHANNEL', async () => {
    await withBridge(async ({ url, token }) => {
      const h = { 'x-bewijskluis-token': token };
      expect(JSON.parse((await raw(`${url}api/vault:unlock`, { headers: h, body: '{oops' })).body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(JSON.parse((await raw(`${url}api/vault:unlock`, { headers: h, body: 'x'.repeat(2 * 1024 * 1024) })).body)).toMatchObject({ error: { code: 'VALIDATION' } });
      expect(JSON.parse((await raw(`${url}api/nope:nope`, { headers: h, body: '{}' })).body)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    });
  });

  it('pushes core events to an authenticated event stream', async () => {
    await withBridge(async ({ url, token, core }) => {
      await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'A' }, { transport: 'test' });
      const got = new Promise<string>((resolve, reject) => {
        const req = request(`${url}events?token=${token}`, { method: 'GET' }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => {
            text += d.toString();
            if (text.includes('connected')) void core.lock('idle');
            if (text.includes('data:')) {
              req.destroy();
              resolve(text);
            }
          });
        });
        req.on('error', reject);
        req.end();
      });
      const text = await got;
      expect(text).toContain('event: vault:locked');
      expect(text).toContain('"reason":"idle"');
    });
  });
});
