/**
 * `npm run web`: the browser preview. Serves the built renderer (out/renderer) and the
 * HTTP bridge on 127.0.0.1 with a per-run token, over a real core. Flags:
 *   --app-data DIR   where prefs and the default vault live (default: a preview folder in
 *                    the user's home, so a preview never touches the desktop app's vault)
 *   --port N         fixed port (default: random)
 *   --demo           a throw-away vault in a temporary folder, filled with fictional sample
 *                    data and already unlocked; deleted when the preview stops
 *   --test-clock ISO tests only: the core's clock starts at ISO and moves only when a test
 *                    asks (POST /__test/clock, bridge/server.ts)
 *   --network-guard FILE  tests only: refuse and record in FILE every connection, datagram,
 *                    lookup or capture-browser request to a host that is not loopback or named
 *                    by --allow-host (bridge/network-guard.ts, issue 18 item 5)
 *   --allow-host H   (repeatable) a host the guard lets through
 *   --capture-wait S tests only: how long a captured page may take to load (default 30 s)
 * Web captures and removal checks use Chromium (bridge/chromium-capture.ts), found at
 * CHROMIUM_PATH or the usual install paths.
 * The first stdout line is exactly "Bewijskluis preview: <url>" (tests parse it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manualClock } from '../core/clock';
import { createCore } from '../core/create-core';
import { createDispatcher } from '../core/dispatch';
import { stderrLogger } from '../core/logger';
import { createBridgeHostHandlers } from './host-handlers';
import { PathGrants } from '../core/files/path-grants';
import { startBridge } from './server';
import { DEMO_PASSPHRASE, seedDemo } from './demo';
import { chromiumCaptureHost, type ChromiumCaptureOptions } from './chromium-capture';
import { allowedHosts, guardedChromiumArgs, installNetworkGuard, recorder } from './network-guard';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'app-data': { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean' },
      'test-clock': { type: 'string' },
      'network-guard': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'capture-wait': { type: 'string' },
    },
    allowPositionals: false,
  });
  // First, before anything could connect anywhere.
  let capture: ChromiumCaptureOptions = {};
  if (values['network-guard']) {
    const extra = values['allow-host'] ?? [];
    const allow = allowedHosts(extra);
    const record = recorder(resolve(values['network-guard']));
    installNetworkGuard(allow, record);
    capture = { allowRequest: (u) => allow(u.hostname), onRefused: (url) => record({ kind: 'browser', host: safeHost(url) }), args: guardedChromiumArgs(extra) };
  }
  const staticDir = resolve(__dirname, '../../out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('The renderer is not built yet: run "npm run build" first (npm run web does this for you).');
    process.exit(1);
  }
  const demoDir = values.demo ? mkdtempSync(join(tmpdir(), 'bewijskluis-demo-')) : null;
  const appDataDir = resolve(demoDir ?? values['app-data'] ?? join(homedir(), '.bewijskluis-preview'));
  const testClock = values['test-clock'] ? manualClock(values['test-clock']) : undefined;
  // The bridge runs from the repository (tsx): its fonts are the repository's resources/fonts.
  const core = createCore({
    appDataDir,
    logger: stderrLogger,
    clock: testClock,
    fontDir: resolve(__dirname, '../../resources/fonts'),
    capture: chromiumCaptureHost(capture),
    captureLimits: values['capture-wait'] ? { loadTimeoutMs: Number(values['capture-wait']) * 1000 } : undefined,
    // The officer's removal schedule (off until turned on in Settings) is looked for every minute.
    removalCheckIntervalMs: 60_000,
  });
  if (demoDir) {
    await core.handlers['vault:create']({ passphrase: DEMO_PASSPHRASE, ownerName: 'Demo-vertrouwenspersoon' }, { transport: 'cli' });
    await seedDemo(core);
  }
  const grants = new PathGrants();
  const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(grants) }, stderrLogger, { grants });
  const bridge = await startBridge({ dispatch, events: core.events, staticDir, port: values.port ? Number(values.port) : 0, testClock });
  console.log(`Bewijskluis preview: ${bridge.url}`);
  console.log(`App data: ${appDataDir}  (Ctrl+C to stop; the vault is locked on exit)`);
  if (demoDir) console.log(`Demo vault with fictional data; passphrase: "${DEMO_PASSPHRASE}". It is deleted when you stop.`);
  const stop = async () => {
    await core.close();
    await bridge.close();
    if (demoDir) rmSync(demoDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 200);
  }
}

void main();
