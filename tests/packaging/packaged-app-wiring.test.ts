/**
 * Packaging wiring test, with a stand-in Electron. What it proves: the real
 * electron-builder.yml packs a working app (files, dependency pruning, native unpacking,
 * extra resources, fuses), and the packed main process, booted from the extracted app.asar
 * with a recording stand-in of the `electron` module (our code unchanged), starts in the
 * right order, finds every path it needs, and answers the built preload's IPC calls with
 * deep-copied payloads, as far as rendering a dossier PDF in the packaged worker with the
 * packaged fonts, and decoding a video in the decoder process main starts through
 * utilityProcess.fork from the unpacked resources (the stand-in runs it as a Node child with
 * the options main chose and Electron's process.parentPort).
 * What it cannot prove (README "Packaging"): anything Chromium does (rendering, the sandbox,
 * CSP enforcement, permission prompts), Electron's asar support (in workers too: here app.asar
 * is extracted), the Linux GLib clash between Electron and sharp (electron/electron#46323),
 * code signing, and of the utility process: that Chromium starts it with the environment and
 * flags main passed (whether Electron honours Node's --permission and --max-old-space-size
 * there is unverified: docs/media.md "The decoder process"), that its postMessage carries the
 * 8 MiB pieces, and the macOS helper it runs in. The real Electron smoke test (`npm run test:electron`) covers those on a
 * machine that can run Electron.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/images';
import { sourceVideo } from '../helpers/videos';
import { readZipEntries } from '../helpers/zip';
import { BootedApp, type Record_ } from './helpers/booted-app';
import { DEFAULT_FUSES, ROOT, makeStandInElectron, packLinuxDir } from './helpers/pack';

const PASSPHRASE = 'paard-correct-batterij-nietje-42';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let work = '';
let unpacked = '';
let resources = '';
let asar = '';
let appDir = '';
let files: string[] = [];

beforeAll(async () => {
  for (const f of ['out/main/index.js', 'out/main/pdf-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'bk-pack-'));
  // What `npm run dist` runs before electron-builder (extraResources needs the file).
  execFileSync(process.execPath, [join(ROOT, 'scripts/third-party-licenses.cjs')], { cwd: ROOT });
  unpacked = await packLinuxDir(makeStandInElectron(join(work, 'electron-dist')), join(work, 'release'));
  resources = join(unpacked, 'resources');
  asar = join(resources, 'app.asar');
  files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
  // Outside the repository, so nothing can be found in the repository's node_modules.
  appDir = join(work, 'app');
  extractAll(asar, appDir);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const has = (prefix: string) => files.some((f) => f === prefix || f.startsWith(`${prefix}/`));

describe('packaged app (electron-builder.yml, Linux dir, stand-in Electron)', () => {
  it('holds the built app and the production dependencies, and none of the development tools or sources', () => {
    for (const f of ['package.json', 'out/main/index.js', 'out/main/pdf-worker.js', 'out/main/pdq-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']) expect(files, f).toContain(f);
    for (const dep of ['better-sqlite3-multiple-ciphers', 'sharp', 'pdfkit', 'zod', 'yauzl', 'yazl', '@ffmpeg/core', 'libheif-js']) expect(has(`node_modules/${dep}`), dep).toBe(true);
    for (const never of ['out/cli', 'out/bridge', 'electron', 'renderer', 'shared', 'tests', 'bench', 'scripts', 'bin', 'node_modules/tsx', 'node_modules/esbuild', 'node_modules/@esbuild', 'node_modules/electron', 'node_modules/vite', 'node_modules/typescript', 'node_modules/electron-builder', 'node_modules/better-sqlite3-multiple-ciphers/deps', 'node_modules/better-sqlite3-multiple-ciphers/src']) {
      expect(has(never), never).toBe(false);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('node_modules/'))).toEqual([]);
  });

  it('keeps the native modules outside the archive, where they can be loaded', () => {
    const natives = files.filter((f) => f.endsWith('.node'));
    expect(natives.some((f) => f.startsWith('node_modules/better-sqlite3-multiple-ciphers/prebuilds/'))).toBe(true);
    expect(natives.some((f) => f.startsWith('node_modules/@img/sharp-'))).toBe(true);
    for (const f of natives) {
      expect((statFile(asar, f) as { unpacked?: boolean }).unpacked, f).toBe(true);
      expect(existsSync(join(resources, 'app.asar.unpacked', f)), f).toBe(true);
    }
  });

  it('unpacks the video decoder host and FFmpeg\'s UMD wasm build, and leaves the unused ES-module build out', () => {
    for (const f of ['out/main/video-decoder-host.js', 'node_modules/@ffmpeg/core/dist/umd/ffmpeg-core.js', 'node_modules/@ffmpeg/core/dist/umd/ffmpeg-core.wasm']) {
      expect(files, f).toContain(f);
      expect((statFile(asar, f) as { unpacked?: boolean }).unpacked, f).toBe(true);
      expect(existsSync(join(resources, 'app.asar.unpacked', f)), f).toBe(true);
    }
    expect(has('node_modules/@ffmpeg/core/dist/esm')).toBe(false);
  });

  it('ships the fonts, the window icon, the licence and the third-party licences beside app.asar', () => {
    for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf']) expect(existsSync(join(resources, 'fonts', font)), font).toBe(true);
    expect(readFileSync(join(resources, 'icon.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(resources, 'LICENSE.txt'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    const third = readFileSync(join(resources, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    expect(third).toMatch(/^- sharp@\d/m);
    expect(third).toMatch(/^- zod@\d/m);
    expect(third).toContain('Apache License');
  });

  it('flips the configured Electron fuses in the packaged executable', () => {
    const exe = readFileSync(join(unpacked, 'bewijskluis'));
    const at = exe.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(exe[at]).toBe(1); // wire version
    const wire = exe.subarray(at + 2, at + 2 + exe[at + 1]!).toString('latin1');
    // RunAsNode off, cookie encryption as shipped, NODE_OPTIONS off, --inspect off, asar
    // integrity on, app only from asar, V8 snapshot and file:// privileges as shipped.
    expect(wire).toBe(`0${DEFAULT_FUSES[1]}0011${DEFAULT_FUSES[6]}${DEFAULT_FUSES[7]}`);
  });
});

function indexOfRecord(records: Record_[], api: string, first = 0): number {
  const i = records.findIndex((r, n) => n >= first && r.api === api);
  if (i < 0) throw new Error(`main never called ${api}`);
  return i;
}

describe('packaged main process booted with a recording stand-in of electron', () => {
  let app: BootedApp;
  let userData = '';
  let exportTo = '';

  beforeAll(async () => {
    userData = join(work, 'user-data');
    exportTo = join(work, 'export', 'dossier-2026.zip');
    mkdirSync(join(work, 'export'), { recursive: true });
    mkdirSync(userData, { recursive: true });
    app = await BootedApp.boot({ appDir, resourcesPath: resources, userData, isPackaged: true, savePaths: [exportTo] });
  });

  afterAll(() => app?.kill());

  it('does what must precede ready before ready, and wires session, protocol and IPC before the window', async () => {
    const { records } = await app.state();
    const ready = indexOfRecord(records, '[ready]');
    for (const before of ['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']) expect(indexOfRecord(records, before), before).toBeLessThan(ready);
    expect(records.find((r) => r.api === 'protocol.registerSchemesAsPrivileged')?.args).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]]);
    // userData is never redirected in a packaged app (BEWIJSKLUIS_USER_DATA is for tests of unpackaged builds).
    expect(records.filter((r) => r.api === 'app.setPath')).toEqual([]);
    const win = indexOfRecord(records, 'new BrowserWindow');
    for (const wired of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler', 'session.protocol.handle', 'ipcMain.handle']) {
      const i = indexOfRecord(records, wired);
      expect(i, wired).toBeGreaterThan(ready);
      expect(i, wired).toBeLessThan(win);
    }
    expect(records.find((r) => r.api === 'ipcMain.handle')?.args).toEqual(['bk:invoke']);
    expect(records.filter((r) => r.api === 'dialog.showErrorBox')).toEqual([]);
  });

  it('opens one hardened window on app://, with the packaged preload and icon', async () => {
    const { records } = await app.state();
    const windows = records.filter((r) => r.api === 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const opts = windows[0]!.args[0] as { title: string; icon: string; webPreferences: Record<string, unknown> };
    expect(opts.title).toBe('Bewijskluis');
    expect(opts.icon).toBe(join(resources, 'icon.png'));
    expect(opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(opts.webPreferences.preload).toBe(join(appDir, 'out/preload/index.cjs'));
    expect(records.find((r) => r.api === 'BrowserWindow.loadURL')?.args).toEqual(['app://bewijskluis/index.html']);
    expect(records.some((r) => r.api === 'webContents.setWindowOpenHandler')).toBe(true);
    // The packaged menu has no reload or developer tools.
    const menu = JSON.stringify(records.filter((r) => r.api === 'Menu.setApplicationMenu'));
    expect(menu).not.toMatch(/toggleDevTools|"reload"/);
  });

  it('serves the packaged renderer over app:// with the strict CSP, and nothing outside it', async () => {
    const page = await app.fetch('app://bewijskluis/index.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeTruthy();
    const js = await app.fetch(`app://bewijskluis/${script}`);
    expect(js.status).toBe(200);
    expect(js.length).toBeGreaterThan(1000);
    expect((await app.fetch('app://bewijskluis/../package.json')).status).toBe(404);
    expect((await app.fetch('app://bewijskluis/index.html', 'POST')).status).toBe(405);
  });

  it('runs the built preload with nothing but electron, and the page sees exactly invoke and on', async () => {
    const s = await app.state();
    expect(s.preloadRequires).toEqual(['electron']);
    expect(s.exposedKey).toBe('api');
    expect(s.pageApiKeys.sort()).toEqual(['invoke', 'on']);
  });

  it('allows clipboard writing for the window only, and keeps a foreign window.open closed', async () => {
    const base = { permission: 'clipboard-sanitized-write', isMainFrame: true, requestingUrl: 'app://bewijskluis/index.html' };
    expect(await app.permission({ kind: 'request', fromAppWindow: true, ...base })).toBe(true);
    expect(await app.permission({ kind: 'check', fromAppWindow: true, requestingOrigin: 'app://bewijskluis', ...base })).toBe(true);
    expect(await app.permission({ kind: 'request', fromAppWindow: false, ...base })).toBe(false);
    expect(await app.permission({ kind: 'request', fromAppWindow: true, ...base, permission: 'notifications' })).toBe(false);
    expect(await app.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
  });

  it('creates a vault, imports a screenshot and exports a dossier whose PDF the packaged worker rendered with the packaged fonts', async () => {
    expect(await app.call('vault:get-status', {})).toMatchObject({ exists: false });
    const created = await app.call('vault:create', { passphrase: PASSPHRASE, ownerName: 'Mevr. Testdocent' });
    expect(created.recoveryKey).toBeTruthy();
    // Made over IPC (the app): used only once its recovery key is confirmed (issue 16 item 7).
    const groups = created.recoveryKey.split('-');
    expect(await app.call('vault:confirm-recovery-key', { answers: [{ group: 0, text: groups[0]! }, { group: 5, text: groups[5]! }] })).toMatchObject({ recoveryKeyPending: null });
    const c = await app.call('case:create', { title: 'Nepaccount klas 2C', category: 'expose-account' });
    const png = new Uint8Array(await screenshot('Verpakt'));
    const imported = await app.call('evidence:import', { caseId: c.id, meta: { platform: 'instagram', url: 'https://www.instagram.com/p/verpakt/' }, files: [{ name: 'scherm.png', bytes: png }] });
    expect(imported.results.map((r) => r.status)).toEqual(['stored']);

    const chosen = await app.call('host:choose-save-path', { defaultName: 'dossier-2026.zip' });
    expect(chosen).toEqual({ path: exportTo, supported: true });
    await app.subscribe('dossier:export-progress');
    const result = await app.call('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: chosen.path!, overwrite: true });
    expect(result.imagesEmbedded).toBe(1);
    // Progress travelled main -> webContents.send -> preload listener -> page, as copies.
    const progress = await app.events();
    expect(progress.some((e) => (e.payload as { phase?: string }).phase === 'pdf')).toBe(true);

    const entries = await readZipEntries(exportTo);
    const pdf = entries.get('dossier.pdf');
    expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFile = join(work, 'dossier.pdf');
    writeFileSync(pdfFile, pdf!);
    expect(execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' })).toContain('Nepaccount klas 2C');
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/DejaVu.*\byes\s+yes\b/);
    expect((await app.call('dossier:verify', { path: exportTo })).ok).toBe(true);
  });

  it('decodes a video in a utility process started from the unpacked host, with no environment, piped output and the permission flags', async () => {
    const c = await app.call('case:create', { title: 'Filmpje verpakt', category: 'violence-video' });
    const video = sourceVideo(work, { seconds: 3, name: 'verpakt.mp4' });
    const imported = await app.call('evidence:import', { caseId: c.id, meta: {}, files: [{ name: 'verpakt.mp4', bytes: new Uint8Array(readFileSync(video)) }] });
    expect(imported.results.map((r) => r.status)).toEqual(['stored']);
    const [item] = await app.call('evidence:list', { caseId: c.id });
    expect(item!.kind).toBe('video');
    expect(item!.media?.video?.hashedFrames).toBe(3);
    expect(item!.hasSheet).toBe(true);

    const { records } = await app.state();
    const forks = records.filter((r) => r.api === 'utilityProcess.fork');
    expect(forks).toHaveLength(1);
    expect(records.indexOf(forks[0]!)).toBeGreaterThan(indexOfRecord(records, '[ready]'));
    const [modulePath, args, options] = forks[0]!.args as [string, string[], { serviceName: string; stdio: string; env: Record<string, string>; execArgv: string[]; allowLoadingUnsignedLibraries: boolean }];
    const unpackedDir = join(resources, 'app.asar.unpacked');
    expect(modulePath).toBe(join(unpackedDir, 'out/main/video-decoder-host.js'));
    expect(args).toEqual([]);
    expect(options).toMatchObject({ serviceName: 'Bewijskluis video decoder', stdio: 'pipe', env: {}, allowLoadingUnsignedLibraries: false });
    expect(options.execArgv).toEqual(['--permission', `--allow-fs-read=${modulePath}`, `--allow-fs-read=${join(unpackedDir, 'node_modules/@ffmpeg/core/dist/umd')}`, '--max-old-space-size=256']);
    // The process ended by itself after the decode (exit 0), it was not left running.
    expect(records.filter((r) => r.api === 'utilityProcess.exit').map((r) => r.args[0])).toEqual([0]);
  });

  it('locks the vault and closes the core before it lets the quit through', async () => {
    const { code, records } = await app.quit();
    expect(code).toBe(0);
    const quits = records.map((r, i) => (r.api === 'app.quit' ? i : -1)).filter((i) => i >= 0);
    expect(quits.length).toBe(2); // the first is held back until the core is closed
    const vaultFiles = readdirSync(join(userData, 'vault'));
    expect(vaultFiles.some((f) => f.endsWith('-wal') && readFileSync(join(userData, 'vault', f)).length > 0)).toBe(false);
  });
});

describe('unpackaged main (`npm start`) booted with the same stand-in', () => {
  it('finds the fonts under the app path and exports a dossier', async () => {
    const userData = mkdtempSync(join(work, 'user-data-dev-'));
    const out = join(userData, 'dossier.zip');
    const app = await BootedApp.boot({ appDir: ROOT, resourcesPath: join(work, 'no-resources-here'), userData, isPackaged: false, savePaths: [out] });
    try {
      const { recoveryKey } = await app.call('vault:create', { passphrase: PASSPHRASE, ownerName: 'Mevr. Testdocent' });
      const groups = recoveryKey.split('-');
      await app.call('vault:confirm-recovery-key', { answers: [{ group: 2, text: groups[2]! }, { group: 7, text: groups[7]! }] });
      const c = await app.call('case:create', { title: 'Ontwikkelversie', category: 'other' });
      // The page may name only what main's save dialog handed out (the stand-in answers `out`).
      expect((await app.invoke('dossier:export', { caseId: c.id, profile: 'coordinator', lang: 'en', outPath: join(userData, 'elders.zip') })).ok).toBe(false);
      const chosen = await app.call('host:choose-save-path', { defaultName: 'dossier.zip' });
      const r = await app.call('dossier:export', { caseId: c.id, profile: 'coordinator', lang: 'en', outPath: chosen.path! });
      expect(r.pages).toBeGreaterThan(1);
      expect((await readZipEntries(out)).get('dossier.pdf')?.subarray(0, 5).toString()).toBe('%PDF-');
      const { records } = await app.state();
      const win = records.find((r2) => r2.api === 'new BrowserWindow')?.args[0] as { icon: string; webPreferences: { devTools: boolean } };
      expect(win.icon).toBe(join(ROOT, 'resources', 'icon.png'));
      expect(win.webPreferences.devTools).toBe(true);
      expect((await app.quit()).code).toBe(0);
    } finally {
      app.kill();
    }
  });
});
