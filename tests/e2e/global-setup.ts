/**
 * The e2e run gets a temp folder of its own (issue 20): TMPDIR, TMP and TEMP point into a
 * fresh folder before any worker or preview server starts (Playwright passes the
 * environment set here on to its workers, and they to the servers they spawn), so the specs'
 * export folders and the preview's vaults never mix with the machine's crowded /tmp.
 * The returned function is the global teardown: it removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup(): () => void {
  const mine = mkdtempSync(join(tmpdir(), 'bk-e2e-run-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = mine;
  return () => rmSync(mine, { recursive: true, force: true });
}
