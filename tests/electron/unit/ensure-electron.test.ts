// The step before `npm start` / `npm run dev` (scripts/ensure-electron.cjs), run for real
// against a stand-in copy of the electron package in a temp folder, so node_modules/electron
// is never touched. The download is made to fail the same way on every machine (with
// internet or without): Electron's own installer is pointed at a local server that has
// nothing, with an empty download cache.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/ensure-electron.cjs');
const REAL = join(ROOT, 'node_modules/electron');

let work = '';
let server: Server;
let mirror = '';
let requests = 0;

/** A copy of the electron package as npm installs it (no binary), resolving its deps from the repo. */
function standIn(name: string): string {
  const modules = join(work, name, 'node_modules');
  const dir = join(modules, 'electron');
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'install.js', 'checksums.json', 'index.js']) copyFileSync(join(REAL, f), join(dir, f));
  // 'junction': a directory link that Windows allows without admin rights.
  symlinkSync(join(ROOT, 'node_modules/@electron'), join(modules, '@electron'), 'junction');
  symlinkSync(join(ROOT, 'node_modules/@electron-internal'), join(modules, '@electron-internal'), 'junction');
  return dir;
}

function run(dir: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Nothing from the caller's npm or Electron configuration may redirect the download.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/electron/i.test(k)) env[k] = v;
  Object.assign(env, { ELECTRON_MIRROR: mirror, electron_config_cache: join(work, 'cache'), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', ...extraEnv });
  delete env.BEWIJSKLUIS_DEBUG;
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [SCRIPT, '--electron-dir', dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bk-ensure-electron-'));
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});

describe('before npm start: the Electron binary', () => {
  it('when it cannot be downloaded, says so in two plain lines and exits non-zero, without a stack trace', async () => {
    const dir = standIn('missing');
    const before = requests;
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(requests).toBeGreaterThan(before); // Electron's own installer really tried
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Electron \d+\.\d+\.\d+ is not installed yet and could not be downloaded: the download server did not have it\.$/);
    expect(lines[1]).toMatch(/^Connect this computer to the internet and run the same command again/);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node_modules/);
  });

  it('names a missing connection as such', async () => {
    const dir = standIn('offline');
    // A port nobody listens on: the closed server's.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const r = await run(dir, { ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')[0]).toMatch(/could not be downloaded: there is no connection to its download server\.$/);
  });

  it('does nothing, and downloads nothing, when the binary is already there', async () => {
    const dir = standIn('installed');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const before = requests;
    const r = await run(dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(requests).toBe(before);
  });

  it('does nothing when ELECTRON_EXEC_PATH names a binary (electron-vite uses that one)', async () => {
    const dir = standIn('exec-path');
    const exe = join(work, 'my-electron');
    writeFileSync(exe, '');
    const before = requests;
    const r = await run(dir, { ELECTRON_EXEC_PATH: exe });
    expect(r.code).toBe(0);
    expect(requests).toBe(before);
  });
});
