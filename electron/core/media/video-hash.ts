/**
 * One video through the decoder: its container facts, its vPDQ hash (one frame per second,
 * full size, as the reference hashes it: ThreatExchange vpdq filehasher.cpp with
 * secondsPerHash 1, no downsampling), the dihedral variants of every hashed frame (to meet
 * images under any rotation or mirror, docs/pdq.md "Dihedral variants"), a poster thumbnail
 * and a contact sheet of keyframes. Invariants: frames live in memory only and are dropped as
 * soon as they are hashed; at most KEEP_MAX small keyframes are held at any time, evenly
 * spread over the video whatever its length (the stride doubles when the list is full), so
 * memory does not grow with the duration; the thumbnails are WebP like an image's.
 */
import '../evidence/vips-env';
import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import type { VideoMedia } from '../../../shared/media-types';
import { borderCutPdq, dihedralHashes, pdqFromRaw, PDQ_MIN_QUALITY } from '../pdq/index';
import { decodeVideo, type DecoderPaths, type DecoderSpawner, type DecodeLimits } from './video-decoder';
import type { VpdqFeature } from './vpdq';
import type { RgbFrame } from './pam-reader';
import { KEYFRAME_SIDE, SHEET_COLUMNS, SHEET_GAP, TILE_WIDTH } from './sheet-layout';

const KEEP_MAX = 24;
const SHEET_TILES = 12;

export interface HashedVideo {
  media: VideoMedia;
  features: VpdqFeature[];
  /**
   * The same frames hashed inside their uniform borders (docs/pdq.md "Border-cut hashes"), for
   * matching inside the vault only; a frame without a border keeps its own hash. Null when no
   * frame had one.
   */
  cutFeatures: VpdqFeature[] | null;
  /** Per hashed frame with a hash of quality >= 50: the eight dihedral hashes of each (as-is, border-cut), for matching images. */
  frameVariants: string[][];
  /** The frame that represents the video in lists (WebP, 320 px), or null without frames. */
  poster: Buffer | null;
  /** Up to 12 keyframes in a grid (WebP), or null without frames. */
  sheet: Buffer | null;
  /** Whether the decoder process ran under Node's permission model (DecodeResult.permissionModel). */
  confined: boolean;
  /** Signs of a cut-off or damaged stream the decoder reported (FFmpeg's "partial file", "Invalid data"), 0 when clean. */
  decodeComplaints: number;
}

export interface HashVideoOptions {
  demuxer?: string;
  limits?: Partial<DecodeLimits>;
  spawn?: DecoderSpawner;
  paths?: DecoderPaths;
  signal?: AbortSignal;
  /** Seconds between hashed frames (vPDQ: 1). */
  secondsPerFrame?: number;
}

interface Kept {
  index: number;
  time: number;
  quality: number;
  raw: Buffer;
  width: number;
  height: number;
}

async function small(frame: RgbFrame, width: number): Promise<{ raw: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength), { raw: { width: frame.width, height: frame.height, channels: 3 } })
    .resize(width, width, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { raw: data, width: info.width, height: info.height };
}

export async function hashVideo(bytes: Uint8Array, opts: HashVideoOptions = {}): Promise<HashedVideo> {
  const features: VpdqFeature[] = [];
  const cutFeatures: VpdqFeature[] = [];
  let anyCut = false;
  const frameVariants: string[][] = [];
  let kept: Kept[] = [];
  let stride = 1;
  let index = 0;
  let lastTime = 0;
  let frameRate = 0;
  const result = await decodeVideo(bytes, {
    secondsPerFrame: opts.secondsPerFrame ?? 1,
    maxSide: 0,
    demuxer: opts.demuxer,
    limits: opts.limits,
    spawn: opts.spawn,
    paths: opts.paths,
    signal: opts.signal,
    onFrame: async (frame, frameNumber, probed) => {
      frameRate = probed.frameRate;
      const raw = { data: frame.data, width: frame.width, height: frame.height, channels: 3 as const };
      const pdq = pdqFromRaw(raw);
      const cut = borderCutPdq(raw);
      const time = frameTime(frameNumber, frameRate, index);
      features.push({ frame: frameNumber, quality: pdq.quality, pdq: pdq.hash, timestamp: time });
      cutFeatures.push(cut ? { frame: frameNumber, quality: cut.quality, pdq: cut.hash, timestamp: time } : features[features.length - 1]!);
      if (cut) anyCut = true;
      const variants = [pdq, ...(cut ? [cut] : [])].filter((p) => p.quality >= PDQ_MIN_QUALITY).flatMap((p) => dihedralHashes(p));
      if (variants.length) frameVariants.push(variants);
      lastTime = time;
      if (index % stride === 0) {
        const s = await small(frame, KEYFRAME_SIDE);
        kept.push({ index, time, quality: pdq.quality, ...s });
        if (kept.length >= KEEP_MAX) {
          stride *= 2;
          kept = kept.filter((k) => k.index % stride === 0);
        }
      }
      index++;
    },
  });
  const info = result.info;
  const media: VideoMedia = {
    ...info,
    duration: features.length ? Math.round((lastTime + (info.frameRate > 0 ? result.frameMod / info.frameRate : 0)) * 1000) / 1000 : 0,
    hashedFrames: features.length,
    qualityFrames: features.filter((f) => f.quality >= PDQ_MIN_QUALITY).length,
    sheetTimes: [],
  };
  if (features.length === 0) {
    throw new AppError('UNSUPPORTED_FILE', 'The video holds no picture that could be decoded.', { reason: 'video-damaged' });
  }
  const tiles = pickEvenly(kept, SHEET_TILES);
  media.sheetTimes = tiles.map((t) => t.time);
  const posterFrame = kept.find((k) => k.quality >= PDQ_MIN_QUALITY) ?? kept[0]!;
  const poster = await sharp(posterFrame.raw, { raw: { width: posterFrame.width, height: posterFrame.height, channels: 3 } }).webp({ quality: 72, effort: 2 }).toBuffer();
  const sheet = await contactSheet(tiles);
  return { media, features, cutFeatures: anyCut ? cutFeatures : null, frameVariants, poster, sheet, confined: result.permissionModel, decodeComplaints: result.complaints.filter((l) => /partial file|Invalid data|end of file|truncat/i.test(l)).length + (result.exit ? 1 : 0) };
}

/** A hashed frame's timestamp as vPDQ writes it: seconds, three decimals; the frame's index without a frame rate. */
function frameTime(frameNumber: number, frameRate: number, index: number): number {
  return frameRate > 0 ? Math.round((frameNumber / frameRate) * 1000) / 1000 : index;
}

/**
 * Only the vPDQ of a video (the command line's `pdq`, which keeps nothing): the same frames,
 * hashes and timestamps as hashVideo, without keyframes, thumbnails or border-cut hashes.
 */
export async function vpdqOfVideo(bytes: Uint8Array, opts: Pick<HashVideoOptions, 'demuxer' | 'limits' | 'spawn' | 'paths'> = {}): Promise<VpdqFeature[]> {
  const features: VpdqFeature[] = [];
  await decodeVideo(bytes, {
    secondsPerFrame: 1,
    maxSide: 0,
    ...opts,
    onFrame: (frame, frameNumber, probed) => {
      const pdq = pdqFromRaw({ data: frame.data, width: frame.width, height: frame.height, channels: 3 });
      features.push({ frame: frameNumber, quality: pdq.quality, pdq: pdq.hash, timestamp: frameTime(frameNumber, probed.frameRate, features.length) });
    },
  });
  if (features.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The video holds no picture that could be decoded.', { reason: 'video-damaged' });
  return features;
}

function pickEvenly<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}

async function contactSheet(tiles: Kept[]): Promise<Buffer | null> {
  if (tiles.length === 0) return null;
  const tileH = Math.max(1, Math.round((TILE_WIDTH * tiles[0]!.height) / tiles[0]!.width));
  const cols = Math.min(SHEET_COLUMNS, tiles.length);
  const rows = Math.ceil(tiles.length / cols);
  const gap = SHEET_GAP;
  const parts = await Promise.all(
    tiles.map(async (t, i) => ({
      input: await sharp(t.raw, { raw: { width: t.width, height: t.height, channels: 3 } }).resize(TILE_WIDTH, tileH, { fit: 'contain', background: '#000000' }).png({ compressionLevel: 0 }).toBuffer(),
      left: (i % cols) * (TILE_WIDTH + gap),
      top: Math.floor(i / cols) * (tileH + gap),
    })),
  );
  return sharp({ create: { width: cols * TILE_WIDTH + (cols - 1) * gap, height: rows * tileH + (rows - 1) * gap, channels: 3, background: '#202020' } })
    .composite(parts)
    .webp({ quality: 72, effort: 2 })
    .toBuffer();
}
