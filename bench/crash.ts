/**
 * `npm run bench -- crash [--trials 100] [--seed N]`: crash trials (tests/helpers/crash-trials.ts)
 * at scale; not part of npm test (which runs 10). Prints the seed, the counts per operation and
 * any failed trial with what was wrong.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashTrials } from '../tests/helpers/crash-trials';
import { intArg } from './rss';

export async function benchCrash(args: string[]): Promise<unknown> {
  const trials = intArg(args, '--trials', 100);
  const seed = args.includes('--seed') ? intArg(args, '--seed', 1) : undefined;
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-crash-'));
  try {
    const started = Date.now();
    const { seed: used, results } = await runCrashTrials({ trials, seed, workDir: work });
    const byOp: Record<string, number> = {};
    for (const r of results) byOp[r.op] = (byOp[r.op] ?? 0) + 1;
    return { bench: 'crash', trials, seed: used, byOp, failed: results.filter((r) => !r.ok), seconds: (Date.now() - started) / 1000 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
