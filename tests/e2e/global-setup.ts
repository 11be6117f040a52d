/**
 * The e2e run gets a temp folder of its own (issue 20): TMPDIR, TMP and TEMP point into a
 * fresh folder before any worker or preview server starts (Playwright passes the
 * environment set here on to its workers, and they to the servers they spawn), so the specs'
 * export folders and the preview's vaults never mix with the machine's crowded /tmp.
 *
 * No other traffic (issue 18 item 5): every preview server of the run starts with the network
 * guard (electron/bridge/network-guard.ts), which records in BK_E2E_NETWORK_DIR each
 * connection, datagram, lookup or capture-browser request to a host the test did not set up.
 * The returned function is the global teardown: it fails the run if any was recorded, then
 * removes the folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function recordedTraffic(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((line) => `${f}: ${line}`));
}

export default function globalSetup(): () => void {
  const mine = mkdtempSync(join(tmpdir(), 'bk-e2e-run-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = mine;
  const network = join(mine, 'network-guard');
  mkdirSync(network);
  process.env.BK_E2E_NETWORK_DIR = network;
  return () => {
    const traffic = recordedTraffic(network);
    rmSync(mine, { recursive: true, force: true });
    if (traffic.length) throw new Error(`The app reached hosts no test set up (issue 18 item 5):\n${traffic.join('\n')}`);
  };
}
