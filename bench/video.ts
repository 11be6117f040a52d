/**
 * Video benchmark (issue 17): a 1080p H.264 clip (default 60 s, FFmpeg's testsrc2, made with
 * Debian's ffmpeg as a fixture), measured in one run:
 *  - floor: the decoder alone decoding one frame per second (the same process, wasm FFmpeg,
 *    pipe and PAM parsing; nothing done with the frames);
 *  - pipeline: hashVideo, the import's path (vPDQ of full-size frames, dihedral variants,
 *    keyframes, poster and contact sheet).
 * Target: pipeline within 2x of the floor. `--seconds N` for a shorter clip, `--rounds N`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeVideo } from '../electron/core/media/video-decoder';
import { hashVideo } from '../electron/core/media/video-hash';
import { intArg, median, withPeakRss } from './rss';

export async function benchVideo(args: string[]) {
  const seconds = intArg(args, '--seconds', 60);
  const rounds = intArg(args, '--rounds', 3);
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-video-'));
  try {
    const file = join(work, 'clip.mp4');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=30', '-t', String(seconds), '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p', file]);
    const bytes = await readFile(file);
    const runs: { floor: number; pipeline: number; frames: number; peakRssMb: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      let frames = 0;
      const floor = await withPeakRss(() => decodeVideo(bytes, { secondsPerFrame: 1, maxSide: 0, demuxer: 'mov', onFrame: () => void frames++ }));
      const pipeline = await withPeakRss(() => hashVideo(bytes, { demuxer: 'mov' }));
      runs.push({ floor: floor.seconds, pipeline: pipeline.seconds, frames, peakRssMb: pipeline.peakRssMb });
    }
    const f = median(runs.map((x) => x.floor));
    const p = median(runs.map((x) => x.pipeline));
    return {
      bench: 'video',
      clip: { seconds, width: 1920, height: 1080, codec: 'h264 high', mb: Math.round(bytes.length / 1024 / 1024) },
      rounds: runs.map((x) => ({ floorSeconds: +x.floor.toFixed(2), pipelineSeconds: +x.pipeline.toFixed(2), ratio: +(x.pipeline / x.floor).toFixed(2), frames: x.frames, peakRssMb: x.peakRssMb })),
      floor: { seconds: +f.toFixed(2) },
      pipeline: { seconds: +p.toFixed(2), peakRssMb: Math.max(...runs.map((x) => x.peakRssMb)) },
      ratio: +(p / f).toFixed(2),
      targets: { maxRatio: 2 },
      meets: { ratio: p / f <= 2 },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
