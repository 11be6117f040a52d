/**
 * Every vitest worker gets a temp folder of its own (issue 20): TMPDIR, TMP and TEMP point
 * into a fresh folder before any test module is loaded, so os.tmpdir(), libvips (which reads
 * TMPDIR once, when sharp is first loaded) and every child process a test spawns write there.
 * Tests that must prove nothing reached the temp folder scan this folder completely, and the
 * machine's real temp folder only for entries that appeared after the test started
 * (tests/helpers/scan.ts), so a crowded /tmp on a developer's laptop changes nothing.
 * Invariant: the real temp folder is remembered in BK_REAL_TMPDIR; the private one is
 * removed when the test file ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const real = process.env.BK_REAL_TMPDIR ?? tmpdir();
const mine = mkdtempSync(join(real, 'bk-vitest-'));
process.env.BK_REAL_TMPDIR = real;
process.env.BK_PRIVATE_TMPDIR = mine;
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = mine;

afterAll(() => {
  rmSync(mine, { recursive: true, force: true });
});
