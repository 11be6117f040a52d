/**
 * The parent side of the video decoder (docs/media.md "The decoder process"): starts
 * video-decoder-host.cjs in a process of its own, hands it the file's bytes over IPC, reads
 * probe and frames back from its stdout pipe, and enforces the limits the host cannot enforce
 * on itself: wall-clock time (the process is killed) and a cap on what it may send.
 * Invariants: no decoded frame is ever written anywhere but into this process's memory; the
 * host never sees a file name, a path of the user's or anything of the vault; every failure is
 * an AppError with a reason the user can read (docs/media.md "Bad videos").
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { parseProbe, type VideoInfo } from './video-probe';
import { PamReader, type RgbFrame } from './pam-reader';

export interface DecoderPaths {
  host: string;
  coreJs: string;
  coreWasm: string;
}

/**
 * What the host needs to run; a shell (Electron) passes its own way to start it
 * (electron/main/video-decoder-launcher.ts). `send` carries structured clones (Node's
 * advanced serialisation, Electron's postMessage); `kill` must end the process even when its
 * wasm loops.
 */
export interface DecoderChild {
  stdout: NodeJS.ReadableStream;
  stderr: NodeJS.ReadableStream | null;
  send(message: unknown): void;
  kill(): void;
  onExit(cb: (code: number | null) => void): void;
}

export type DecoderSpawner = (paths: DecoderPaths, opts: { maxOldSpaceMb: number }) => DecoderChild;

/**
 * The file goes to the host in pieces of this size: Electron's IPC crashes on very large
 * messages (electron/electron#18758 at ~134 MB, #53961 past 512 MB), and a video may be 2 GB.
 */
export const SEND_CHUNK_BYTES = 8 * 1024 * 1024;

/** The Node flags that confine the host (https://nodejs.org/api/permissions.html): read its own files, nothing else. */
export function permissionArgs(paths: DecoderPaths): string[] {
  return ['--permission', `--allow-fs-read=${paths.host}`, `--allow-fs-read=${dirname(paths.coreJs)}`, ...(dirname(paths.coreWasm) === dirname(paths.coreJs) ? [] : [`--allow-fs-read=${dirname(paths.coreWasm)}`])];
}

export interface DecodeLimits {
  /** Wall clock for probe and decode together. */
  timeoutMs: number;
  /** The wasm heap may not grow past this. */
  maxHeapBytes: number;
  /** Sampled frames at most (one per second: 3 hours). */
  maxFrames: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { timeoutMs: 10 * 60_000, maxHeapBytes: 1536 * 1024 * 1024, maxFrames: 3 * 3600 };

export interface DecodeJob {
  /** Hash one frame in this many seconds (vPDQ: 1); 0 hashes every frame (the reference vectors). */
  secondsPerFrame: number;
  /** Shrink frames to fit this square (area averaging); 0 keeps the full size. */
  maxSide: number;
  /** Demuxer forced from the sniffed type (the decoder does not guess the format). */
  demuxer?: string;
  probeOnly?: boolean;
  limits?: Partial<DecodeLimits>;
  spawn?: DecoderSpawner;
  /** Where the host and FFmpeg are (the shell knows: the packaged app's unpacked resources); default defaultDecoderPaths(). */
  paths?: DecoderPaths;
  /** Called for every sampled frame, in order; frameNumber counts decoded frames from 0. */
  onFrame?: (frame: RgbFrame, frameNumber: number, info: VideoInfo) => void | Promise<void>;
  signal?: AbortSignal;
}

export interface DecodeResult {
  info: VideoInfo;
  frameMod: number;
  frames: number;
  /** FFmpeg's exit status of the decode, 0 when it ended cleanly. */
  exit: number | null;
  /** The decoder's last complaints while decoding (codes and stream offsets, no names: the input is "/in"). */
  complaints: string[];
  probeComplaints: string[];
  /** Whether the host ran under Node's permission model (it reports process.permission); false where the runtime ignores the flags. */
  permissionModel: boolean;
}

/** Where the host and FFmpeg's wasm build are: next to the bundle when built, beside this file from source. */
export function defaultDecoderPaths(): DecoderPaths {
  const built = join(__dirname, 'video-decoder-host.js');
  const host = existsSync(built) ? built : join(__dirname, 'video-decoder-host.cjs');
  const req = createRequire(__filename);
  const coreJs = req.resolve('@ffmpeg/core');
  return { host, coreJs, coreWasm: join(dirname(coreJs), 'ffmpeg-core.wasm') };
}

/**
 * Node's own child process (tests, CLI, preview): under the permission model it may read only
 * the host and FFmpeg's files and write nothing, start no process, worker or addon
 * (https://nodejs.org/api/permissions.html); no environment of ours is passed on.
 */
export const nodeSpawner: DecoderSpawner = (paths, opts) => {
  const child = fork(paths.host, [], {
    execArgv: [...permissionArgs(paths), `--max-old-space-size=${opts.maxOldSpaceMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {},
  });
  return {
    stdout: child.stdout!,
    stderr: child.stderr,
    send: (m) => child.send(m as never),
    kill: () => child.kill('SIGKILL'),
    onExit: (cb) => child.once('exit', (code) => cb(code)),
  };
};

const fail = (reason: string, message: string, extra: Record<string, string | number> = {}) => new AppError('UNSUPPORTED_FILE', message, { reason, ...extra });

interface HostRecord {
  type: string;
  payload: Buffer;
}

/** Splits the host's stdout into records ([type][uint32 length][payload]). */
function recordReader(onRecord: (r: HostRecord) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let off = 0;
    while (pending.length - off >= 5) {
      const len = pending.readUInt32BE(off + 1);
      if (pending.length - off - 5 < len) break;
      onRecord({ type: pending.toString('latin1', off, off + 1), payload: pending.subarray(off + 5, off + 5 + len) });
      off += 5 + len;
    }
    pending = pending.subarray(off);
  };
}

export async function decodeVideo(bytes: Uint8Array, job: DecodeJob): Promise<DecodeResult> {
  const limits = { ...DEFAULT_DECODE_LIMITS, ...job.limits };
  const paths = job.paths ?? defaultDecoderPaths();
  const spawn = job.spawn ?? nodeSpawner;
  // One process probes and decodes; both sides derive frameMod from the probe the same way.
  const child = spawn(paths, { maxOldSpaceMb: 256 });
  let info: VideoInfo | null = null;
  let frameMod = 1;
  let frames = 0;
  let hostError: { code: string; message: string } | null = null;
  let done: { ran: boolean; ret?: number; stderr?: string[] } | null = null;
  let probeComplaints: string[] = [];
  let probeHadStreams = false;
  let permissionModel = false;
  let chain: Promise<void> = Promise.resolve();
  let frameError: unknown = null;
  const pam = new PamReader((frame) => {
    const n = frames++ * frameMod;
    const current = info;
    if (!current) throw new Error('a frame before the probe');
    if (frames > limits.maxFrames) {
      hostError ??= { code: 'video-too-long', message: 'More frames than allowed.' };
      child.kill();
      return;
    }
    chain = chain.then(async () => {
      if (frameError) return;
      try {
        await job.onFrame?.(frame, n, current);
      } catch (err) {
        frameError = err;
        child.kill();
      }
    });
  });
  const onRecord = (r: HostRecord) => {
    if (r.type === 'P') {
      const parsed = JSON.parse(r.payload.toString('utf8')) as { probe: unknown; stderr: string[]; permission?: boolean };
      probeComplaints = parsed.stderr;
      permissionModel = parsed.permission === true;
      info = parseProbe(parsed.probe);
      const p = parsed.probe as { streams?: unknown[] } | null;
      probeHadStreams = Array.isArray(p?.streams) && p.streams.length > 0;
      frameMod = info ? frameModFor(job.secondsPerFrame, info.frameRate) : 1;
    } else if (r.type === 'F') {
      pam.push(r.payload);
    } else if (r.type === 'E') {
      hostError = JSON.parse(r.payload.toString('utf8')) as { code: string; message: string };
    } else if (r.type === 'D') {
      done = JSON.parse(r.payload.toString('utf8')) as typeof done;
    }
  };
  const feed = recordReader(onRecord);

  const exit = await new Promise<number | null>((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, limits.timeoutMs);
    const onAbort = () => child.kill();
    job.signal?.addEventListener('abort', onAbort);
    child.stdout.on('data', (c: Buffer) => {
      try {
        feed(c);
      } catch (e) {
        if (process.env.BK_DECODER_DEBUG) console.error(e);
        hostError ??= { code: 'decoder-failed', message: 'The decoder sent something unreadable.' };
        child.kill();
      }
    });
    // The host's own stderr holds nothing we keep; it is drained so the pipe never fills.
    if (process.env.BK_DECODER_DEBUG) child.stderr?.pipe(process.stderr);
    else child.stderr?.resume();
    let exited: number | null | undefined;
    let ended = false;
    const settle = () => {
      if (exited === undefined || !ended) return;
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      if (timedOut) hostError ??= { code: 'video-timeout', message: 'The decoder took too long.' };
      resolve(exited);
    };
    child.stdout.once('end', () => {
      ended = true;
      settle();
    });
    child.stdout.once('close', () => {
      ended = true;
      settle();
    });
    child.onExit((code) => {
      exited = code;
      settle();
    });
    // The job first, then the file in pieces (SEND_CHUNK_BYTES); the host starts when all have come.
    child.send({ size: bytes.byteLength, job: { paths, demuxer: job.demuxer, probeOnly: job.probeOnly ?? false, maxSide: job.maxSide, secondsPerFrame: job.secondsPerFrame, limits: { maxHeapBytes: limits.maxHeapBytes, maxFrames: limits.maxFrames, maxOutputBytes: (limits.maxFrames + 1) * outputBytesPerFrame(job.maxSide) } } });
    for (let off = 0; off < bytes.byteLength; off += SEND_CHUNK_BYTES) child.send({ chunk: bytes.subarray(off, Math.min(bytes.byteLength, off + SEND_CHUNK_BYTES)) });
  });
  await chain;
  if (job.signal?.aborted) throw new AppError('CANCELLED', 'Cancelled.');
  if (frameError) throw frameError;
  const err = hostError as { code: string; message: string } | null;
  if (err) {
    if (process.env.BK_DECODER_DEBUG) console.error(err);
    if (err.code === 'video-timeout') throw fail('video-timeout', 'Reading the video took too long; it may be damaged or made to stall the decoder.');
    if (err.code === 'video-too-long' || err.code === 'video-too-large-output') throw fail('video-too-long', 'The video is longer than can be processed.');
    throw fail('video-damaged', 'The video cannot be read; it may be damaged or incomplete.');
  }
  const finished = done as { ran: boolean; ret?: number; stderr?: string[] } | null;
  if (!finished) throw fail('video-damaged', 'The video cannot be read; the decoder stopped unexpectedly.', { exit: exit ?? -1 });
  if (!info && probeHadStreams) throw fail('no-video-stream', 'The file holds no video stream.');
  if (!info) throw fail('video-damaged', 'The video cannot be read; it may be damaged or incomplete.');
  // The glue's own "Aborted()" at exit is not a complaint about the file.
  const complaints = (finished.stderr ?? []).filter((l) => !l.startsWith('Aborted(')).slice(-20);
  return { info, frameMod, frames, exit: finished.ret ?? null, complaints, probeComplaints, permissionModel };
}

/** vPDQ's sampling (ThreatExchange vpdq filehasher.cpp): every trunc(seconds x rate)-th frame, at least every frame. */
export function frameModFor(secondsPerFrame: number, frameRate: number): number {
  return Math.max(1, Math.trunc(secondsPerFrame * frameRate));
}

function outputBytesPerFrame(maxSide: number): number {
  // A PAM header is under 100 bytes; a full-size frame is bounded by 8K video.
  const side = maxSide > 0 ? maxSide : 7680;
  return side * (maxSide > 0 ? maxSide : 4320) * 3 + 128;
}
