/**
 * Video fixtures made with Debian's ffmpeg into the test's own temp folder (docs/media.md
 * "Test vectors"): the app never runs this ffmpeg, it only makes files for the tests. The
 * source is FFmpeg's synthetic testsrc2 pattern (no people); variants are what re-uploads do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = ['-hide_banner', '-loglevel', 'error', '-y'];

function run(args: string[]): void {
  execFileSync('ffmpeg', [...BASE, ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
}

/** An 8 s, 640x360, 25 fps H.264 MP4 of a moving test pattern, with a creation time. */
export function sourceVideo(dir: string, opts: { seconds?: number; pattern?: string; name?: string; size?: string } = {}): string {
  const out = join(dir, opts.name ?? 'bron.mp4');
  run(['-f', 'lavfi', '-i', `${opts.pattern ?? 'testsrc2'}=size=${opts.size ?? '640x360'}:rate=25`, '-t', String(opts.seconds ?? 8), '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-metadata', 'creation_time=2026-10-03T14:22:05Z', '-movflags', '+faststart', out]);
  return out;
}

/** A re-upload of `src`: `vf` filters on the pictures, then re-encoded (H.264, or VP9 in WebM). */
export function variant(src: string, dir: string, name: string, vf: string | null, codec: 'h264' | 'vp9' = 'h264'): string {
  const out = join(dir, name);
  const enc = codec === 'vp9' ? ['-c:v', 'libvpx-vp9', '-b:v', '300k', '-deadline', 'realtime', '-cpu-used', '8'] : ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '32'];
  run(['-i', src, ...(vf ? ['-vf', vf] : []), ...enc, '-pix_fmt', 'yuv420p', '-an', out]);
  return out;
}

/** One frame of `src` at `seconds`, as a PNG (a screenshot of the video). */
export function frameAsPng(src: string, dir: string, seconds: number): Buffer {
  const out = join(dir, `frame-${seconds}.png`);
  run(['-ss', String(seconds), '-i', src, '-frames:v', '1', out]);
  return readFileSync(out);
}

/** Sets the 32-bit duration of every mvhd/tkhd/mdhd box (version 0) to `factor` times its value: a container that lies. */
export function inflateDeclaredDuration(bytes: Buffer, factor: number): Buffer {
  const b = Buffer.from(bytes);
  // Field offsets after the type, version 0 (ISO/IEC 14496-12 8.2.2, 8.3.2, 8.4.2).
  const offsets: Record<string, number> = { mvhd: 4 + 4 + 4 + 4, tkhd: 4 + 4 + 4 + 4 + 4, mdhd: 4 + 4 + 4 + 4 };
  for (const [type, off] of Object.entries(offsets)) {
    for (let i = b.indexOf(type); i >= 0; i = b.indexOf(type, i + 4)) {
      if (b[i + 4] !== 0) continue; // version 1 boxes have 64-bit fields
      const at = i + 4 + off;
      b.writeUInt32BE(Math.min(0xffffffff, b.readUInt32BE(at) * factor), at);
    }
  }
  return b;
}
