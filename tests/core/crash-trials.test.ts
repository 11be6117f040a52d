/**
 * Crash trials (the hundred run with `npm run bench -- crash --trials 100`): import, export and
 * backup killed with SIGKILL at random moments, and a longer batched import; after each, the
 * vault checks clean, every reported item is there, the journal is empty after the unlock, and
 * no half-written file is left in the target folder.
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

  // The import batches its journal entries and rows into shared transactions (commit groups,
  // electron/core/evidence/commit-group.ts): a kill inside a group, between its journal and its
  // rows, or while its blobs are written, loses no file reported stored and leaves no orphan.
  it('10 kills during a batched import of 24 files lose no reported file and leave no blob behind', { timeout: 300_000 }, async () => {
    const { seed, results } = await runCrashTrials({ trials: 10, workDir: tempDir(), images: 24, ops: ['import'], freshFiles: true, midBatch: true });
    const failed = results.filter((r) => !r.ok);
    expect(failed, `seed ${seed}: ${JSON.stringify(failed, null, 2)}`).toEqual([]);
    // Not vacuous: most kills came after files were reported stored and before the batch ended
    // (six of the ten are aimed there, from a calibration import; tests/helpers/crash-trials.ts).
    const cut = results.filter((r) => r.storedReported > 0 && r.newItems < 24);
    expect(cut.length, `seed ${seed}: ${JSON.stringify(results)}`).toBeGreaterThan(3);
  });
});
