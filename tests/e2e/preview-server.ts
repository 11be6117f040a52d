/**
 * Starts the browser preview (electron/bridge/serve-web.ts) on a fresh, empty app-data
 * folder and hands back its URL. Invariant: every spec file gets its own server and
 * folder, so no test sees another test's vault; the folder is removed afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(__dirname, '../..');
const READY = /^Bewijskluis preview: (http:\/\/127\.0\.0\.1:\d+\/)$/;

export interface PreviewServer {
  url: string;
  appData: string;
  /** What this server's network guard refused (JSON lines; the global teardown checks all servers'). */
  refusedTraffic(): string[];
  stop(): Promise<void>;
}

/**
 * `allowHosts`: hosts beyond loopback and *.localhost the test set up itself (none so far: the
 * fake platform is fakegram.localhost, the timestamp authority 127.0.0.1).
 */
export async function startPreview(opts: { testClock?: string; appData?: string; demo?: boolean; allowHosts?: string[]; captureWaitSeconds?: number } = {}): Promise<PreviewServer> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: build the renderer first (npm run build).');
  }
  // A caller may bring a filled app-data folder of its own (bench/evidence-list.ts); it is removed on stop too.
  const appData = opts.appData ?? mkdtempSync(join(tmpdir(), 'bk-e2e-'));
  const clockArgs = [...(opts.testClock ? ['--test-clock', opts.testClock] : []), ...(opts.demo ? ['--demo'] : []), ...(opts.captureWaitSeconds ? ['--capture-wait', String(opts.captureWaitSeconds)] : [])];
  // Every preview of the e2e run is guarded (global-setup.ts): the record outlives the server.
  const guardDir = process.env.BK_E2E_NETWORK_DIR ?? appData;
  const guardFile = join(guardDir, `${basename(appData)}.jsonl`);
  const guardArgs = ['--network-guard', guardFile, ...(opts.allowHosts ?? []).flatMap((h) => ['--allow-host', h])];
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/bridge/serve-web.ts', '--app-data', appData, ...clockArgs, ...guardArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview server did not start in time\n${stderr}`)), 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = READY.exec(line.trim());
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited with ${code}\n${stderr}`));
    });
  });

  return {
    url,
    appData,
    refusedTraffic: () => (existsSync(guardFile) ? readFileSync(guardFile, 'utf8').split('\n').filter(Boolean) : []),
    stop: async () => {
      await stopChild(child);
      rmSync(appData, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
