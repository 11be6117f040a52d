/**
 * Ten crash trials (the hundred run with `npm run bench -- crash --trials 100`): import,
 * export and backup killed with SIGKILL at random moments; after each, the vault checks
 * clean, every reported item is there, and no half-written file is left in the target folder.
 */
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../helpers/crash-trials';
import { tempDir } from '../helpers/temp';

describe('crash trials', () => {
  it('10 kills at random moments of an import, an export or a backup lose nothing and leave nothing', { timeout: 300_000 }, async () => {
    const { seed, results } = await runCrashTrials({ trials: 10, workDir: tempDir() });
    const failed = results.filter((r) => !r.ok);
    expect(failed, `seed ${seed}: ${JSON.stringify(failed, null, 2)}`).toEqual([]);
    // The trials exercised more than one kind of operation (a seeded choice; any seed mixes them).
    expect(new Set(results.map((r) => r.op)).size).toBeGreaterThan(1);
  });
});
