import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/create-core';
import { manualClock } from '../../electron/core/clock';
import { FONT_DIR } from './font-dir';

/** Real scrypt, lower cost than production (N=2^17) so a test suite stays quick. */
export const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 };
export const PASS = 'Zomer vakantie op Texel 2026';
export const PASS2 = 'Herfst storm boven de Waddenzee 7';

const dirs: string[] = [];
const cores: Core[] = [];

export function tempDir(prefix = 'bk-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function newCore(opts: Partial<CoreOptions> = {}): Core {
  const core = createCore({ appDataDir: tempDir(), kdf: TEST_KDF, clock: manualClock('2026-11-24T09:00:00Z'), fontDir: FONT_DIR, ...opts });
  cores.push(core);
  return core;
}

afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
