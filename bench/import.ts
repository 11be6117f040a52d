/**
 * Import benchmark (issue: cases and evidence). Generates N files of one kind (`--kind`, no real
 * people): `screenshot` (default) a 1170x2532 PNG with an alpha channel that is opaque, as an
 * iPhone saves its screenshots; `screenshot-rgb` the same without alpha, as most Android phones
 * save them; `photo` a 4032x3024 JPEG camera photo. Then it measures in one run:
 *  - floor (issue 17: the physical one): the same files read, decoded once by sharp, SHA-256 and
 *    AES-256-GCM of their bytes, with as many files in flight as the machine has cores;
 *  - pipeline: the app's import of the same files into a fresh vault (real scrypt, SQLCipher,
 *    encrypted blobs, PDQ and border-cut PDQ, thumbnail, FTS, audit), with the number of
 *    transactions its commit groups took (docs/architecture.md "Import speed").
 * Target here: >= 25 screenshots/s, within 1.5x of the floor, peak RSS < 500 MB. Medians over
 * `--rounds` (default 3) alternating floor and pipeline runs, each pipeline into a fresh vault.
 */
import { execFileSync } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import '../electron/core/evidence/vips-env';
import sharp from 'sharp';
import { createCore } from '../electron/core/create-core';
import { defaultPdqWorkers } from '../electron/core/evidence/import-batch';
import { readDbState } from '../electron/core/vault/header-state';
import { countArg, intArg, median, withPeakRss } from './rss';
import { fileName, KINDS, type FileKind } from './import-files';

function kindArg(args: string[]): FileKind {
  const i = args.indexOf('--kind');
  const v = i >= 0 ? args[i + 1] : 'screenshot';
  if (v && v in KINDS) return v as FileKind;
  throw new Error(`--kind must be one of ${Object.keys(KINDS).join(', ')}`);
}

export async function benchImport(args: string[]) {
  const kind = kindArg(args);
  const { count } = KINDS[kind];
  const n = countArg(args, count);
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-'));
  try {
    // Made in a process of their own: a 12 MP photo's making leaves this process's memory at
    // hundreds of MB, and the peak RSS measured below is the import's alone.
    execFileSync(process.execPath, [...process.execArgv, join(__dirname, 'import-files.ts'), work, kind, String(n)], { stdio: 'inherit' });
    const files = Array.from({ length: n }, (_, i) => join(work, fileName(kind, i)));
    const totalMb = (await Promise.all(files.map((f) => fs.stat(f)))).reduce((a, s) => a + s.size, 0) / 1024 / 1024;

    // The floor and the pipeline alternate for a few rounds and medians are compared: on a
    // shared 2-core machine a single pair swung the ratio between 1.3 and 1.8 from noise.
    const rounds = intArg(args, '--rounds', 3);
    const cores = availableParallelism();
    const key = randomBytes(32);
    const runs: { floor: number; pipeline: number; stored: number; peakRssMb: number; floorPeakRssMb: number; transactions: number }[] = [];
    const runFloor = () =>
      withPeakRss(async () => {
        let next = 0;
        const lane = async () => {
          while (next < files.length) {
            const bytes = await fs.readFile(files[next++]!);
            await sharp(bytes).raw().toBuffer();
            createHash('sha256').update(bytes).digest();
            const c = createCipheriv('aes-256-gcm', key, randomBytes(12));
            c.update(bytes);
            c.final();
          }
        };
        await Promise.all(Array.from({ length: cores }, lane));
      });
    const runPipelineOn = async (paths: string[], name: string) => {
      const core = createCore({ vaultDir: join(work, `vault-${name}`) });
      const ctx = { transport: 'test' as const };
      await core.handlers['vault:create']({ passphrase: 'Benchmark kluis met lange zin 2026', ownerName: 'bench' }, ctx);
      const c = await core.handlers['case:create']({ title: 'Benchmark', category: 'hurtful-meme' }, ctx);
      const generation = () => readDbState(core.session().db).generation;
      const before = generation();
      const pipeline = await withPeakRss(() => core.handlers['evidence:import-paths']({ caseId: c.id, meta: { platform: 'WhatsApp' }, paths }, ctx));
      const transactions = generation() - before;
      await core.close();
      await rm(join(work, `vault-${name}`), { recursive: true, force: true });
      return { ...pipeline, transactions };
    };
    const runPipeline = (r: number) => runPipelineOn(files, String(r));
    // An untimed warm-up import of a few files into a vault of its own: JIT compilation and the
    // first use of sharp, SQLCipher and the blob store are then in neither side's first round.
    // Only the pipeline warms up (the floor's few calls are warmed by the same sharp), so the
    // first round's pipeline still runs in a process that has not run the floor.
    await runPipelineOn(files.slice(0, Math.min(8, files.length)), 'warm-up');
    for (let r = 0; r < rounds; r++) {
      // Which runs first alternates, so neither profits from the other's warm caches or pays
      // for its garbage; the first round's pipeline runs in a process that has not yet run the
      // floor (whose full-size decodes leave the heap large), so its peak RSS is the import's own.
      const pipelineFirst = r % 2 === 0;
      const first = pipelineFirst ? await runPipeline(r) : await runFloor();
      const second = pipelineFirst ? await runFloor() : await runPipeline(r);
      const pipeline = (pipelineFirst ? first : second) as Awaited<ReturnType<typeof runPipeline>>;
      const floor = pipelineFirst ? second : first;
      runs.push({
        floor: floor.seconds,
        pipeline: pipeline.seconds,
        stored: pipeline.value.results.filter((x) => x.status === 'stored').length,
        peakRssMb: pipeline.peakRssMb,
        floorPeakRssMb: floor.peakRssMb,
        transactions: pipeline.transactions,
      });
    }

    const floorSeconds = median(runs.map((x) => x.floor));
    const pipelineSeconds = median(runs.map((x) => x.pipeline));
    const pipelineRate = n / pipelineSeconds;
    const floorRate = n / floorSeconds;
    const peakRssMb = runs[0]!.peakRssMb;
    return {
      bench: 'import',
      kind,
      images: n,
      inputMb: Math.round(totalMb),
      stored: Math.min(...runs.map((x) => x.stored)),
      rounds: runs.map((x) => ({ floorSeconds: +x.floor.toFixed(2), pipelineSeconds: +x.pipeline.toFixed(2), ratio: +(x.pipeline / x.floor).toFixed(2), peakRssMb: x.peakRssMb, transactions: x.transactions })),
      // The batch's commit groups (docs/architecture.md "Import speed") and PDQ worker threads (0 below four cores).
      pdqWorkers: n >= 8 ? defaultPdqWorkers() : 0,
      // peakRssMb: the first round's, measured before any floor ran in this process (see above).
      pipeline: { seconds: +pipelineSeconds.toFixed(2), imagesPerSecond: +pipelineRate.toFixed(1), peakRssMb },
      floor: { seconds: +floorSeconds.toFixed(2), imagesPerSecond: +floorRate.toFixed(1), peakRssMb: Math.max(...runs.map((x) => x.floorPeakRssMb)) },
      ratio: +(floorRate / pipelineRate).toFixed(2),
      floorLanes: cores,
      // The 25 a second is a screenshot target; a 12 MP photo has only the floor to be held against.
      targets: { imagesPerSecond: kind === 'photo' ? null : 25, maxRatio: 1.5, maxPeakRssMb: 500 },
      meets: { speed: kind === 'photo' ? null : pipelineRate >= 25, ratio: floorRate / pipelineRate <= 1.5, memory: peakRssMb < 500 },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
