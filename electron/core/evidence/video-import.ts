/**
 * A video in the import pipeline (docs/media.md "Video items", "Bad videos"): hashed by the
 * decoder in its own process, then checked against what its container claimed. Returns null
 * for an ISO BMFF file without pictures (an audio recording), which is kept as a plain file.
 * Invariants: a video the decoder could not read to its end is refused with a reason of its
 * own (truncated, a container that lies about its duration, too long, stalls the decoder,
 * damaged); the error carries no name, path or decoder text.
 */
import { AppError } from '../../../shared/errors';
import { hashVideo, type HashedVideo } from '../media/video-hash';
import { serializeVpdq } from '../media/vpdq';
import type { DecoderPaths, DecoderSpawner, DecodeLimits } from '../media/video-decoder';
import { VIDEO_DEMUXERS, type Sniffed } from './sniff';

export interface VideoImportOptions {
  spawn?: DecoderSpawner;
  /** Where the decoder's host and FFmpeg are (the shell knows); default beside the bundle. */
  paths?: DecoderPaths;
  limits?: Partial<DecodeLimits>;
}

export interface VideoHashes {
  hashed: HashedVideo;
  vpdqText: string;
  /** The border-cut frames in the same line format (docs/pdq.md "Border-cut hashes"), null when no frame had a border. */
  vpdqCutText: string | null;
}

/** Seconds of pictures that may be missing at the end before the container is called a liar. */
export function allowedShortfall(declared: number): number {
  return Math.max(2, declared * 0.1);
}

export async function importVideoHashes(bytes: Uint8Array, type: Sniffed, opts: VideoImportOptions = {}): Promise<VideoHashes | null> {
  let hashed: HashedVideo;
  try {
    hashed = await hashVideo(bytes, { demuxer: VIDEO_DEMUXERS[type], spawn: opts.spawn, paths: opts.paths, limits: opts.limits });
  } catch (err) {
    if (err instanceof AppError && err.details?.reason === 'no-video-stream') return null;
    throw err;
  }
  const m = hashed.media;
  if (m.declaredDuration !== null && m.declaredDuration - m.duration > allowedShortfall(m.declaredDuration)) {
    const truncated = hashed.decodeComplaints > 0;
    throw new AppError(
      'UNSUPPORTED_FILE',
      truncated
        ? `The video is incomplete: it should last ${Math.round(m.declaredDuration)} s but breaks off after ${Math.round(m.duration)} s.`
        : `The video claims to last ${Math.round(m.declaredDuration)} s but holds only ${Math.round(m.duration)} s of pictures.`,
      { reason: truncated ? 'video-truncated' : 'video-duration-mismatch', declared: Math.round(m.declaredDuration), measured: Math.round(m.duration) },
    );
  }
  return { hashed, vpdqText: serializeVpdq(hashed.features), vpdqCutText: hashed.cutFeatures ? serializeVpdq(hashed.cutFeatures) : null };
}
