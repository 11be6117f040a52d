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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'app-data': { type: 'string' }, port: { type: 'string' }, demo: { type: 'boolean' }, 'test-clock': { type: 'string' } },
    allowPositionals: false,
  });
  const staticDir = resolve(__dirname, '../../out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('The renderer is not built yet: run "npm run build" first (npm run web does this for you).');
    process.exit(1);
  }
  const demoDir = values.demo ? mkdtempSync(join(tmpdir(), 'bewijskluis-demo-')) : null;
  const appDataDir = resolve(demoDir ?? values['app-data'] ?? join(homedir(), '.bewijskluis-preview'));
  const testClock = values['test-clock'] ? manualClock(values['test-clock']) : undefined;
  // The bridge runs from the repository (tsx): its fonts are the repository's resources/fonts.
  const core = createCore({ appDataDir, logger: stderrLogger, clock: testClock, fontDir: resolve(__dirname, '../../resources/fonts') });
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

void main();
